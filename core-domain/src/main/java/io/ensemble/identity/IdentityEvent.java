package io.ensemble.identity;

import io.ensemble.shared.outbox.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Domain events of accounts (DESIGN §Domain events), written to the outbox in the transaction of the
 * change; the integrator feed publishes them as {@code user.created} (issue 26 §1). No e-mail address
 * or other private field: the public view only.
 */
public sealed interface IdentityEvent extends DomainEvent {
    /**
     * An account signed up (unverified, ACTIVE). No name: the feed outlives the account's erasure (issue 20 §4);
     * rows stored with a {@code name} still decode (the codec ignores unknown fields).
     */
    record UserCreated(UUID userId, String role, Instant createdAt) implements IdentityEvent {
    }

    /** An account's e-mail address was verified. */
    record UserVerified(UUID userId, Instant verifiedAt) implements IdentityEvent {
    }

    /** An admin suspended the account (the reason is not published). */
    record UserSuspended(UUID userId, Instant suspendedAt) implements IdentityEvent {
    }

    /** An admin reinstated a suspended account. */
    record UserUnsuspended(UUID userId, Instant unsuspendedAt) implements IdentityEvent {
    }
}
