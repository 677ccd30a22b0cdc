package io.ensemble.privacy;

import io.ensemble.shared.outbox.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Domain events of privacy (DESIGN §Domain events), written to the outbox in the transaction of the
 * change; the integrator feed publishes them as {@code user.deleted} (issue 26 §1).
 */
public sealed interface PrivacyEvent extends DomainEvent {
    /** The account was closed for deletion (its personal data is erased after this). */
    record UserDeleted(UUID userId, Instant deletedAt) implements PrivacyEvent {
    }
}
