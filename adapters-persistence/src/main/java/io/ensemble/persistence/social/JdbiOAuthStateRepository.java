package io.ensemble.persistence.social;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.social.OAuthState;
import io.ensemble.social.OAuthStateRepository;
import io.ensemble.social.Platform;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link OAuthStateRepository} on {@code oauth_states}. Consuming is one {@code DELETE ... RETURNING}, so
 * two concurrent callbacks with the same state cannot both get it.
 */
public final class JdbiOAuthStateRepository extends JdbiRepository implements OAuthStateRepository {
    private static final String INSERT = "INSERT INTO oauth_states (state_hash, user_id, platform, code_verifier, "
            + "expires_at, created_at) VALUES (:hash, :userId, :platform, :verifier, :expiresAt, :createdAt)";
    private static final String CONSUME = "DELETE FROM oauth_states WHERE state_hash = :hash AND platform = :platform "
            + "AND expires_at > :now RETURNING state_hash, user_id, platform, code_verifier, expires_at, created_at";
    private static final String DELETE_EXPIRED = "DELETE FROM oauth_states WHERE expires_at <= :now";

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiOAuthStateRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public void save(OAuthState s) {
        handles.use(h -> h.createUpdate(INSERT)
                .bind("hash", s.stateHash())
                .bind("userId", s.userId())
                .bind("platform", s.platform().name())
                .bind("verifier", s.codeVerifier())
                .bind("expiresAt", SqlTime.at(s.expiresAt()))
                .bind("createdAt", SqlTime.at(s.createdAt()))
                .execute());
    }

    @Override
    public Optional<OAuthState> consume(String stateHash, Platform platform, Instant now) {
        return handles.with(h -> h.createQuery(CONSUME).bind("hash", stateHash).bind("platform", platform.name())
                .bind("now", SqlTime.at(now))
                .map((rs, ctx) -> new OAuthState(rs.getString("state_hash"), rs.getObject("user_id", UUID.class),
                        Platform.valueOf(rs.getString("platform")), rs.getBytes("code_verifier"),
                        SqlTime.read(rs, "expires_at"), SqlTime.read(rs, "created_at")))
                .findOne());
    }

    @Override
    public int deleteExpired(Instant now) {
        return handles.with(h -> h.createUpdate(DELETE_EXPIRED).bind("now", SqlTime.at(now)).execute());
    }
}
