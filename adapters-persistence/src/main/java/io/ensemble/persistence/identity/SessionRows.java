package io.ensemble.persistence.identity;

import io.ensemble.identity.RefreshToken;
import io.ensemble.identity.Session;
import io.ensemble.persistence.database.SqlTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** Row mappers for {@code sessions} and {@code refresh_tokens}. */
final class SessionRows {
    static final String SESSION_COLUMNS = "id, user_id, created_at, revoked_at";
    static final String TOKEN_COLUMNS = "id, session_id, token_hash, created_at, expires_at, rotated_at";

    static final RowMapper<Session> SESSION = (rs, ctx) -> new Session(
            rs.getObject("id", UUID.class),
            rs.getObject("user_id", UUID.class),
            SqlTime.read(rs, "created_at"),
            SqlTime.readOptional(rs, "revoked_at"));

    static final RowMapper<RefreshToken> TOKEN = (rs, ctx) -> new RefreshToken(
            rs.getObject("id", UUID.class),
            rs.getObject("session_id", UUID.class),
            rs.getString("token_hash"),
            SqlTime.read(rs, "created_at"),
            SqlTime.read(rs, "expires_at"),
            SqlTime.readOptional(rs, "rotated_at"));

    private SessionRows() {
    }
}
