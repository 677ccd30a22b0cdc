package io.ensemble.app.banking;

import io.ensemble.app.support.SharedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads one {@code bytea} value from the shared test database. */
final class SqlBytes {
    private SqlBytes() {
    }

    /** @return the first column of the only row {@code sql} selects */
    static byte[] one(String sql, Object... args) {
        try (Connection c = SharedDatabase.get().dataSource().getConnection();
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row for " + sql);
                }
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
