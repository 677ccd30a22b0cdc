package io.ensemble.app.support;

import io.ensemble.persistence.database.EmbeddedDatabase;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private PostgreSQL (the bundled zonky binaries via {@link EmbeddedDatabase}) on a free port with
 * its own data folder, that a test can stop ({@link #down()}) and start again ({@link #up()}) on the
 * same port and data, to play a database outage without touching the shared server at 5432
 * (issue 29 §7). {@link #close()} stops it and deletes the data.
 */
public final class PostgresServer implements AutoCloseable {
    private final int port = FreePort.find();
    private final Path dir;
    private EmbeddedDatabase running;

    private PostgresServer(Path dir) {
        this.dir = dir;
    }

    /** Creates the cluster and starts it. @throws IllegalStateException when it cannot start */
    public static PostgresServer start() {
        try {
            PostgresServer server = new PostgresServer(Files.createTempDirectory("ensemble-pg-").resolve("data"));
            server.up();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code jdbc:postgresql://localhost:<port>/postgres} (the same across restarts) */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** @return the superuser, {@code postgres} (no password) */
    public String user() {
        return "postgres";
    }

    /** Starts the server on the same port and data folder; returns once it accepts connections. */
    public synchronized void up() {
        if (running == null) {
            running = EmbeddedDatabase.start(dir, port);
        }
    }

    /** Stops the server (PostgreSQL's fast shutdown: open connections are cut) and waits for it to exit. */
    public synchronized void down() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    @Override
    public synchronized void close() {
        down();
        delete(dir.getParent().toFile());
    }

    private static void delete(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                delete(c);
            }
        }
        f.delete();
    }
}
