package io.ensemble.messaging;

import io.ensemble.identity.Role;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Read port over accounts for chat: who is reachable (active, email-verified users). */
public interface ContactDirectory {
    /**
     * Active, email-verified users other than {@code excluding}, oldest account first
     * ({@code created_at, id}; the cursor is a {@link io.ensemble.shared.paging.Cursor}).
     *
     * @param search case-insensitive substring of the name, when present
     * @param role only users with this role, when present
     */
    Page<Contact> search(UUID excluding, Optional<String> search, Optional<Role> role, PageRequest page);

    /** @return the user when it exists, is ACTIVE and has a verified email */
    Optional<Contact> findReachable(UUID userId);

    /**
     * {@link #findReachable} as {@code viewer} sees it: also empty when either blocked the other
     * (issue 27 §Blocking), so a block answers as an unknown user.
     */
    default Optional<Contact> findReachableBy(UUID viewer, UUID userId) {
        return findReachable(userId);
    }

    /** Stores {@code at} as the user's last-seen time (presence); an unknown user is ignored. */
    void recordLastSeen(UUID userId, Instant at);
}
