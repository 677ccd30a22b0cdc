package io.ensemble.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.errors.ProviderUnavailable;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class SqlErrorsTest {

    /** Stands in for tomcat-jdbc's exception of the same simple name, which is not on this classpath. */
    static final class PoolExhaustedException extends SQLException {
        PoolExhaustedException() {
            super("Timeout: Pool empty. Unable to fetch a connection in 30 seconds");
        }
    }

    @Test
    void connection_level_failures_count_as_unavailable_anywhere_in_the_cause_chain() {
        assertThat(SqlErrors.isDatabaseUnavailable(new ConnectionException(new SQLException("x")))).isTrue();
        assertThat(SqlErrors.isDatabaseUnavailable(new RuntimeException(new SQLTransientConnectionException("pool timeout"))))
                .isTrue();
        assertThat(SqlErrors.isDatabaseUnavailable(new RuntimeException(new PoolExhaustedException()))).isTrue();
        assertThat(SqlErrors.isDatabaseUnavailable(
                new IllegalStateException(new PSQLException("I/O error", PSQLState.CONNECTION_FAILURE)))).isTrue();
        assertThat(SqlErrors.isDatabaseUnavailable(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(SqlErrors.isDatabaseUnavailable(new SQLException("too many clients", "53300"))).isTrue();
    }

    @Test
    void ordinary_sql_errors_are_not_unavailability() {
        assertThat(SqlErrors.isDatabaseUnavailable(new SQLException("duplicate", "23505"))).isFalse();
        assertThat(SqlErrors.isDatabaseUnavailable(new SQLException("no such table", "42P01"))).isFalse();
        assertThat(SqlErrors.isDatabaseUnavailable(new SQLException("no state"))).isFalse();
        assertThat(SqlErrors.isDatabaseUnavailable(new IllegalArgumentException("bug"))).isFalse();
    }

    @Test
    void unique_violation_needs_the_named_constraint() {
        assertThat(SqlErrors.isUniqueViolation(new SQLException("duplicate", "23505"), "users_email_lower_key")).isFalse();
        assertThat(SqlErrors.isUniqueViolation(new IllegalStateException("x"), "users_email_lower_key")).isFalse();
    }

    @Test
    void pool_timeout_on_getting_a_connection_is_provider_unavailable() {
        JdbiHandles handles = new JdbiHandles(Jdbi.create(() -> {
            throw new SQLTransientConnectionException("Connection is not available, request timed out after 30000ms");
        }));

        assertThatThrownBy(() -> handles.use(h -> h.execute("SELECT 1")))
                .isInstanceOf(ProviderUnavailable.class)
                .hasMessage("The database is unavailable; try again shortly.")
                .hasRootCauseInstanceOf(SQLTransientConnectionException.class);
        assertThatThrownBy(() -> new JdbiTransactions(handles).run(() -> { }))
                .isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void cyclic_cause_chains_terminate() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(SqlErrors.isDatabaseUnavailable(a)).isFalse();
    }
}
