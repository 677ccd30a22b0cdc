package io.ensemble.persistence.identity;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.persistence.database.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code users} row (all columns of {@link #COLUMNS}) to a {@link User}. */
final class UserRows implements RowMapper<User> {
    static final String COLUMNS =
            "id, email, name, role, status, email_verified, password_hash, created_at, updated_at";
    static final UserRows MAPPER = new UserRows();

    private UserRows() {
    }

    /** A NULL name or password hash (accounts created without them) reads as the empty string. */
    @Override
    public User map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new User(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                Objects.requireNonNullElse(rs.getString("name"), ""),
                Role.valueOf(rs.getString("role")),
                AccountStatus.valueOf(rs.getString("status")),
                rs.getBoolean("email_verified"),
                Objects.requireNonNullElse(rs.getString("password_hash"), ""),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "updated_at"));
    }
}
