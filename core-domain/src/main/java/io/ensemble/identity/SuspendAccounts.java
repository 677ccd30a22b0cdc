package io.ensemble.identity;

import java.util.UUID;

/**
 * The narrow use case other contexts (e.g. report resolution, issue 20 §3 {@code suspend_user}) call to
 * suspend or reinstate an account (seeds/001 §Admin, issue 20 §1). Implemented by {@link AccountSuspension}.
 */
public interface SuspendAccounts {
    /**
     * Suspends {@code userId}: status SUSPENDED, every session revoked (access tokens refused at the next
     * request on every node), open sockets closed on every node with {@code reason}, a {@code user_suspended}
     * audit record.
     *
     * @param actorId the acting ADMIN
     * @param reason why, 1..{@value AccountSuspension#REASON_MAX} characters, shown to the user's sockets
     * @throws io.ensemble.shared.errors.Forbidden when {@code actorId} is not an ACTIVE admin
     * @throws io.ensemble.shared.errors.NotFound when {@code userId} is unknown
     * @throws io.ensemble.shared.errors.Conflict {@code CANNOT_SUSPEND_SELF} or {@code ALREADY_SUSPENDED}
     * @throws io.ensemble.shared.errors.ValidationFailed (field {@code reason}) for a blank or too long reason
     */
    void suspend(UUID actorId, UUID userId, String reason);

    /**
     * Reinstates a suspended account (status ACTIVE, a {@code user_unsuspended} audit record). The user logs
     * in again; revoked sessions stay revoked.
     *
     * @throws io.ensemble.shared.errors.Forbidden when {@code actorId} is not an ACTIVE admin
     * @throws io.ensemble.shared.errors.NotFound when {@code userId} is unknown
     * @throws io.ensemble.shared.errors.Conflict {@code NOT_SUSPENDED} when the account is ACTIVE
     */
    void unsuspend(UUID actorId, UUID userId);
}
