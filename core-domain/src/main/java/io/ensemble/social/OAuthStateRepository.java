package io.ensemble.social;

import java.time.Instant;
import java.util.Optional;

/** Persistence port of pending OAuth states (issue 6 §1: random, single-use, bound to the user, 10 minutes). */
public interface OAuthStateRepository {
    /** Stores a new pending state. */
    void save(OAuthState state);

    /**
     * Atomically removes and returns the state when it exists, is for {@code platform} and has not
     * expired at {@code now}; a second call with the same hash finds nothing (single use).
     *
     * @return the consumed state; empty when unknown, already used, for another platform or expired
     */
    Optional<OAuthState> consume(String stateHash, Platform platform, Instant now);

    /** Deletes states that expired before {@code now}. @return how many went */
    int deleteExpired(Instant now);
}
