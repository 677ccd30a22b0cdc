package io.ensemble.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * Read-only port through which other contexts (connections, profiles, marketplace) look up accounts by id,
 * without reaching identity's {@link UserRepository}. Implemented by the account repository itself.
 */
public interface FindUsers {
    /** @return the account with {@code id} (any status; callers filter on {@link User#active()}), empty when unknown */
    Optional<User> findById(UUID id);
}
