package io.ensemble.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Persistence port for an admin's edits of an account's name and role (issue 22 §1 members);
 * implemented by the account repository. Each call joins the caller's transaction.
 */
public interface AccountEdits {
    /** Sets the display name. @return false when the account is unknown */
    boolean rename(UUID id, String name, Instant at);

    /** Sets the role (effective at the account's next login or token refresh). @return false when unknown */
    boolean changeRole(UUID id, Role role, Instant at);
}
