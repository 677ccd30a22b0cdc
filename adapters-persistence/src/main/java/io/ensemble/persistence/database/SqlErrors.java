package io.ensemble.persistence.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.ConnectionException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Classifies database failures by walking an exception's cause chain: unique violations (to turn
 * into domain conflicts) and "the database cannot be reached" (to turn into
 * {@link io.ensemble.shared.errors.ProviderUnavailable}).
 */
public final class SqlErrors {
    /** SQLState of a unique-constraint violation. */
    public static final String UNIQUE_VIOLATION = "23505";

    /**
     * Server-side states that mean "not now" rather than "your SQL is wrong": administrator or crash
     * shutdown (57P01, 57P02), server starting or stopping (57P03), too many connections (53300).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private SqlErrors() {
    }

    /**
     * @param failure any exception thrown by JDBI or JDBC
     * @param constraint the constraint or unique index name, e.g. {@code users_email_lower_key}
     * @return whether a cause is a unique violation (SQLState 23505) on exactly that constraint
     */
    public static boolean isUniqueViolation(Throwable failure, String constraint) {
        for (Throwable t : chain(failure)) {
            if (t instanceof PSQLException psql && UNIQUE_VIOLATION.equals(psql.getSQLState())) {
                ServerErrorMessage server = psql.getServerErrorMessage();
                return server != null && constraint.equals(server.getConstraint());
            }
        }
        return false;
    }

    /**
     * @param failure any exception thrown by JDBI, JDBC or a connection pool
     * @return whether a cause says the database cannot be reached right now: a JDBI
     *     {@link ConnectionException} (no connection could be obtained), a
     *     {@link SQLTransientConnectionException} (pool timeout), an exhausted pool, a SQLState of
     *     class 08 (connection exception), or a server shutdown / too-many-connections state
     */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof ConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t.getClass().getSimpleName().contains("PoolExhausted")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param failure any exception thrown by JDBI or JDBC
     * @return whether PostgreSQL itself answered the statement with an error (a server error
     *     message, e.g. a unique violation or a deadlock), so that in autocommit nothing of it was
     *     stored; false for lost connections and other failures where the outcome is unknown
     */
    public static boolean isRejectedByServer(Throwable failure) {
        if (isDatabaseUnavailable(failure)) {
            return false;
        }
        for (Throwable t : chain(failure)) {
            if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return true;
            }
        }
        return false;
    }

    private static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> out = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            out.add(t);
            if (t instanceof SQLException sql && sql.getNextException() != null && seen.add(sql.getNextException())) {
                out.add(sql.getNextException());
            }
        }
        return out;
    }
}
