package io.ensemble.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {
    @TempDir
    Path directory;

    private static String query(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim());
    }

    @Test
    void data_survives_a_restart_on_the_same_directory() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(directory, 0)) {
            execute(db, "CREATE TABLE kept (note text)");
            execute(db, "INSERT INTO kept VALUES ('still here')");
        }

        try (EmbeddedDatabase db = EmbeddedDatabase.start(directory, 0)) {
            assertThat(query(db, "SELECT note FROM kept")).isEqualTo("still here");
        }
    }

    @Test
    void runs_as_superuser_postgres_with_durable_writes_even_when_the_jvm_is_root() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(directory, 0)) {
            assertThat(db.user()).isEqualTo("postgres");
            assertThat(db.password()).isEmpty();
            assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + db.port() + "/postgres");
            assertThat(query(db, "SELECT current_user")).isEqualTo("postgres");
            assertThat(query(db, "SHOW fsync")).isEqualTo("on");
            assertThat(query(db, "SHOW synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void listens_on_the_requested_port() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        try (EmbeddedDatabase db = EmbeddedDatabase.start(directory, port)) {
            assertThat(db.port()).isEqualTo(port);
            assertThat(query(db, "SELECT 1")).isEqualTo("1");
        }
    }

    @Test
    void close_stops_the_postmaster_and_is_idempotent() throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(directory, 0);
        long pid = postmasterPid();
        assertThat(ProcessHandle.of(pid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        db.close();
        db.close();

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
        assertThat(directory.resolve("postmaster.pid")).doesNotExist();
        assertThatThrownBy(() -> query(db, "SELECT 1")).isInstanceOf(SQLException.class);
    }

    @Test
    void second_start_on_a_directory_in_use_is_refused_and_the_first_keeps_running() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(directory, 0)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(directory, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");

            assertThat(query(first, "SELECT 1")).isEqualTo("1");
        }
    }

    @Test
    void stale_pid_file_of_a_dead_process_does_not_prevent_start() throws Exception {
        EmbeddedDatabase.start(directory, 0).close();
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor(10, TimeUnit.SECONDS);
        Files.writeString(directory.resolve("postmaster.pid"),
                finished.pid() + "\n" + directory + "\n1700000000\n5432\n/tmp\nlocalhost\n  1234  5678\nready   \n",
                StandardCharsets.US_ASCII);

        try (EmbeddedDatabase db = EmbeddedDatabase.start(directory, 0)) {
            assertThat(query(db, "SELECT 1")).isEqualTo("1");
        }
    }

    @Test
    void postmaster_orphaned_by_a_crashed_jvm_is_stopped_and_the_data_kept() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(directory, 0)) {
            execute(db, "CREATE TABLE kept (note text)");
            execute(db, "INSERT INTO kept VALUES ('before crash')");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process crashed = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingEmbeddedStart.class.getName(), directory.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(crashed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(crashed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("PORT ");
        long orphan = postmasterPid();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedDatabase db = EmbeddedDatabase.start(directory, 0)) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
            assertThat(query(db, "SELECT note FROM kept")).isEqualTo("before crash");
        }
    }
}
