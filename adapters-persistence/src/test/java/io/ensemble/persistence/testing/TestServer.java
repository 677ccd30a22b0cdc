package io.ensemble.persistence.testing;

import io.ensemble.persistence.database.DatabaseUrl;
import io.ensemble.persistence.database.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The PostgreSQL server the tests of this JVM create their databases on: the one named by
 * {@value #URL_VARIABLE} when set, else one embedded server started on first use. A shutdown hook
 * drops every test database not dropped yet and stops the embedded server and deletes its data.
 */
final class TestServer {
    static final String URL_VARIABLE = "ENSEMBLE_TEST_DATABASE_URL";

    private static TestServer instance;

    private final DatabaseUrl admin;
    private final EmbeddedDatabase embedded;
    private final Path embeddedDirectory;

    private TestServer(DatabaseUrl admin, EmbeddedDatabase embedded, Path embeddedDirectory) {
        this.admin = admin;
        this.embedded = embedded;
        this.embeddedDirectory = embeddedDirectory;
    }

    /** @return the server of this JVM, started or connected on first call */
    static synchronized TestServer get() {
        if (instance == null) {
            instance = connect();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::shutdown, "test-database-cleanup"));
        }
        return instance;
    }

    /** @return admin settings: URL of the maintenance database, user and password */
    DatabaseUrl admin() {
        return admin;
    }

    /** Runs one statement on the maintenance database as the admin user. */
    void execute(String sql) {
        try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Admin statement failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs a query whose first column of the first row is a number, e.g. a count. */
    long queryLong(String sql) {
        try (Connection connection = adminConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Admin query failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    private Connection adminConnection() throws SQLException {
        Properties properties = new Properties();
        if (admin.user() != null) {
            properties.setProperty("user", admin.user());
        }
        if (admin.password() != null) {
            properties.setProperty("password", admin.password());
        }
        return DriverManager.getConnection(admin.jdbcUrl(), properties);
    }

    private static TestServer connect() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new TestServer(DatabaseUrl.parse(url, null, null), null, null);
        }
        try {
            Path directory = Files.createTempDirectory("ensemble-test-pg-");
            EmbeddedDatabase embedded = EmbeddedDatabase.start(directory, 0);
            DatabaseUrl admin = new DatabaseUrl(embedded.jdbcUrl(), embedded.user(), embedded.password());
            return new TestServer(admin, embedded, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a directory for the embedded test database", e);
        }
    }

    private void shutdown() {
        if (embedded == null) {
            TestDatabase.dropUndropped();
            return;
        }
        embedded.close();
        deleteRecursively(embeddedDirectory);
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }
}
