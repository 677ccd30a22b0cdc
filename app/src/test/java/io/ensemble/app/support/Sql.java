package io.ensemble.app.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct SQL on the {@link SharedDatabase}, for row counts and test data a client cannot create. */
public final class Sql {
    private Sql() {
    }

    /**
     * @param sql a {@code SELECT count(*) ...} with {@code ?} placeholders
     * @param args values bound as objects (UUIDs and strings as they are)
     * @return the count
     */
    public static long count(String sql, Object... args) {
        try (Connection c = SharedDatabase.get().dataSource().getConnection();
             PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement. @return the update count */
    public static int execute(String sql, Object... args) {
        try (Connection c = SharedDatabase.get().dataSource().getConnection();
             PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
    }
}
