package io.ensemble.persistence.identity;

import io.ensemble.identity.Caller;
import io.ensemble.identity.RefreshToken;
import io.ensemble.identity.Role;
import io.ensemble.identity.Session;
import io.ensemble.identity.SessionRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * {@link SessionRepository} on the {@code sessions} and {@code refresh_tokens} tables. Rotation
 * and revocation are conditional UPDATEs (compare-and-set), safe under concurrent refreshes.
 * Every method throws {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiSessionRepository extends JdbiRepository implements SessionRepository {
    private static final String INSERT_SESSION =
            "INSERT INTO sessions (id, user_id, created_at, revoked_at) VALUES (:id, :userId, :createdAt, :revokedAt)";
    private static final String INSERT_TOKEN = """
            INSERT INTO refresh_tokens (id, session_id, token_hash, created_at, expires_at, rotated_at)
            VALUES (:id, :sessionId, :tokenHash, :createdAt, :expiresAt, :rotatedAt)
            """;
    private static final String TOKEN_BY_HASH =
            "SELECT " + SessionRows.TOKEN_COLUMNS + " FROM refresh_tokens WHERE token_hash = :tokenHash";
    private static final String SESSION_BY_ID =
            "SELECT " + SessionRows.SESSION_COLUMNS + " FROM sessions WHERE id = :id";
    private static final String MARK_ROTATED =
            "UPDATE refresh_tokens SET rotated_at = :at WHERE id = :id AND rotated_at IS NULL";
    private static final String REVOKE_SESSION =
            "UPDATE sessions SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL";
    private static final String REVOKE_ALL =
            "UPDATE sessions SET revoked_at = :at WHERE user_id = :userId AND revoked_at IS NULL";
    private static final String ACTIVE_CALLER_JDBC = """
            SELECT u.role
              FROM sessions s
              JOIN users u ON u.id = s.user_id
             WHERE s.id = ?
               AND s.user_id = ?
               AND s.revoked_at IS NULL
               AND u.status = 'ACTIVE'
            """;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiSessionRepository(JdbiHandles handles) {
        super(handles);
    }

    /** Inserts the session; its user must exist. */
    @Override
    public void createSession(Session session) {
        handles.use(h -> h.createUpdate(INSERT_SESSION)
                .bind("id", session.id())
                .bind("userId", session.userId())
                .bind("createdAt", SqlTime.at(session.createdAt()))
                .bind("revokedAt", SqlTime.at(session.revokedAt()))
                .execute());
    }

    /** Inserts the refresh token; its session must exist and its hash be new. */
    @Override
    public void createRefreshToken(RefreshToken token) {
        handles.use(h -> h.createUpdate(INSERT_TOKEN)
                .bind("id", token.id())
                .bind("sessionId", token.sessionId())
                .bind("tokenHash", token.tokenHash())
                .bind("createdAt", SqlTime.at(token.createdAt()))
                .bind("expiresAt", SqlTime.at(token.expiresAt()))
                .bind("rotatedAt", SqlTime.at(token.rotatedAt()))
                .execute());
    }

    /** @return the token with this hash, rotated or not, expired or not */
    @Override
    public Optional<RefreshToken> findRefreshTokenByHash(String tokenHash) {
        return handles.with(h -> h.createQuery(TOKEN_BY_HASH).bind("tokenHash", tokenHash).map(SessionRows.TOKEN).findOne());
    }

    /** @return the session with this id, revoked or not */
    @Override
    public Optional<Session> findSession(UUID sessionId) {
        return handles.with(h -> h.createQuery(SESSION_BY_ID).bind("id", sessionId).map(SessionRows.SESSION).findOne());
    }

    /** Compare-and-set on {@code rotated_at IS NULL}. @return true when this call rotated the token */
    @Override
    public boolean markRotated(UUID tokenId, Instant at) {
        return handles.with(h -> h.createUpdate(MARK_ROTATED).bind("id", tokenId).bind("at", SqlTime.at(at)).execute()) == 1;
    }

    /** Sets {@code revoked_at = at} unless already revoked (the first revocation time is kept). */
    @Override
    public void revokeSession(UUID sessionId, Instant at) {
        handles.use(h -> h.createUpdate(REVOKE_SESSION).bind("id", sessionId).bind("at", SqlTime.at(at)).execute());
    }

    /** Revokes every not-yet-revoked session of the user at {@code at}. */
    @Override
    public void revokeAllSessions(UUID userId, Instant at) {
        handles.use(h -> h.createUpdate(REVOKE_ALL).bind("userId", userId).bind("at", SqlTime.at(at)).execute());
    }

    /**
     * One query joining {@code sessions} and {@code users}.
     *
     * @return the caller with the role currently stored on the account, present only when the
     *     user is ACTIVE and the session is theirs and not revoked
     */
    @Override
    public Optional<Caller> findActiveCaller(UUID userId, UUID sessionId) {
        // Plain JDBC on the handle's connection: this runs on every authenticated request, and JDBI's statement
        // set-up (named-parameter parsing, argument and mapper lookup) cost more CPU than the query (issue 25).
        return handles.with(h -> {
            try (PreparedStatement ps = h.getConnection().prepareStatement(ACTIVE_CALLER_JDBC)) {
                ps.setObject(1, sessionId);
                ps.setObject(2, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Caller(userId, Role.valueOf(rs.getString(1)), sessionId))
                            : Optional.<Caller>empty();
                }
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, null);
            }
        });
    }
}
