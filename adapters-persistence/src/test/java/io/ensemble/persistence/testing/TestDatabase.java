package io.ensemble.persistence.testing;

import io.ensemble.persistence.database.DatabaseUrl;
import io.ensemble.persistence.database.Migrations;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty PostgreSQL database for one test class (or one test): created on the server named
 * by {@code ENSEMBLE_TEST_DATABASE_URL} (a {@code jdbc:postgresql:} or {@code postgres://} URL of
 * an admin login, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}) or, when
 * unset, on one embedded server per JVM. Databases are named {@code ensemble_test_<16 hex>}, so
 * concurrent runs never collide, and any not {@link #drop() dropped} are dropped at JVM exit.
 *
 * <pre>{@code
 * TestDatabase db = TestDatabase.create().migrate();
 * Jdbi jdbi = Jdbi.create(db.dataSource());
 * ...
 * db.drop();
 * }</pre>
 */
public final class TestDatabase {
    private static final Set<TestDatabase> UNDROPPED = ConcurrentHashMap.newKeySet();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TestServer server;
    private final String name;
    private final DatabaseUrl url;
    private final PGSimpleDataSource dataSource;

    private TestDatabase(TestServer server, String name) {
        this.server = server;
        this.name = name;
        this.url = server.admin().withDatabase(name);
        this.dataSource = new PGSimpleDataSource();
        dataSource.setURL(url.jdbcUrl());
        dataSource.setUser(user());
        dataSource.setPassword(password());
    }

    /**
     * Creates a new empty database (no schema: call {@link #migrate()}).
     *
     * @return the database, registered for dropping at JVM exit
     * @throws IllegalStateException when the server cannot be reached or refuses to create it
     */
    public static TestDatabase create() {
        TestServer server = TestServer.get();
        byte[] suffix = new byte[8];
        RANDOM.nextBytes(suffix);
        String name = "ensemble_test_" + HexFormat.of().formatHex(suffix);
        createWithRetry(server, name);
        TestDatabase database = new TestDatabase(server, name);
        UNDROPPED.add(database);
        return database;
    }

    /** @return the database name, {@code ensemble_test_<16 hex>} */
    public String name() {
        return name;
    }

    /** @return a JDBC URL of this database (server, port and parameters of the admin URL) */
    public String jdbcUrl() {
        return url.jdbcUrl();
    }

    /** @return the login role, never null (the OS user name when the admin URL names none) */
    public String user() {
        return url.user() != null ? url.user() : System.getProperty("user.name");
    }

    /** @return the password, never null (empty when none is needed) */
    public String password() {
        return url.password() != null ? url.password() : "";
    }

    /** @return an unpooled data source of this database (one new connection per call) */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Applies {@code migrations.xml}. @return this, for chaining after {@link #create()} */
    public TestDatabase migrate() {
        Migrations.apply(dataSource);
        return this;
    }

    /**
     * Simulates a database outage: new connections are refused and open ones are terminated
     * ({@code ALLOW_CONNECTIONS false} plus {@code pg_terminate_backend}).
     */
    public void refuseConnections() {
        server.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
        terminateBackends();
    }

    /** Ends the outage started by {@link #refuseConnections()}. */
    public void allowConnections() {
        server.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
    }

    /** Terminates every connection to this database, then drops it (PostgreSQL 13+). Idempotent. */
    public void drop() {
        if (!UNDROPPED.remove(this)) {
            return;
        }
        server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** @return the databases created in this JVM and not dropped yet */
    static List<TestDatabase> undropped() {
        return List.copyOf(UNDROPPED);
    }

    /** Drops every database created in this JVM and not dropped yet, reporting failures on stderr. */
    static void dropUndropped() {
        for (TestDatabase database : undropped()) {
            try {
                database.drop();
            } catch (RuntimeException e) {
                System.err.println("Could not drop test database " + database.name + ": " + e.getMessage());
            }
        }
    }

    /** Terminates the backends of this database and waits (up to 10 s) until they are gone. */
    private void terminateBackends() {
        String backends = " FROM pg_stat_activity WHERE datname = '" + name + "' AND pid <> pg_backend_pid()";
        server.execute("SELECT pg_terminate_backend(pid)" + backends);
        org.awaitility.Awaitility.await("the backends of " + name + " gone").atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(20))
                .until(() -> server.queryLong("SELECT count(*)" + backends) == 0);
    }

    /** CREATE DATABASE copies template1 and fails while someone else is connected to it: retry. */
    private static void createWithRetry(TestServer server, String name) {
        for (int attempt = 1; ; attempt++) {
            try {
                server.execute("CREATE DATABASE " + name);
                return;
            } catch (IllegalStateException e) {
                boolean templateBusy = e.getCause() instanceof SQLException sql && "55006".equals(sql.getSQLState());
                if (attempt == 5 || !templateBusy) {
                    throw e;
                }
                sleep(200L * attempt);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + "]";
    }
}
