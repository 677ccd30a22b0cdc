package io.ensemble.moderation;

import io.ensemble.identity.Caller;
import java.util.UUID;

/**
 * Moderation's way to suspend the account responsible for reported content ({@code suspend_user},
 * issue 20 §3); the app wires it to identity's suspension use case.
 */
@FunctionalInterface
public interface AccountSuspension {
    /**
     * Suspends {@code userId} as {@code admin}, joining the caller's transaction.
     *
     * @param reason why, as the admin wrote it
     */
    void suspend(Caller admin, UUID userId, String reason);
}
