package io.ensemble.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Persistence port for login sessions and their refresh tokens. */
public interface SessionRepository {
    void createSession(Session session);

    void createRefreshToken(RefreshToken token);

    Optional<RefreshToken> findRefreshTokenByHash(String tokenHash);

    Optional<Session> findSession(UUID sessionId);

    /**
     * Marks {@code tokenId} rotated only when it was not rotated before (compare-and-set), so two
     * concurrent refreshes cannot both win. @return true when this call rotated it
     */
    boolean markRotated(UUID tokenId, Instant at);

    /** Revokes one session (logout, refresh-token reuse). No-op when already revoked. */
    void revokeSession(UUID sessionId, Instant at);

    /** Revokes every session of the user (password reset, suspension). */
    void revokeAllSessions(UUID userId, Instant at);

    /**
     * Loads the caller behind an access token in one read: present only when the user is ACTIVE
     * and the session belongs to them and is not revoked.
     */
    Optional<Caller> findActiveCaller(UUID userId, UUID sessionId);
}
