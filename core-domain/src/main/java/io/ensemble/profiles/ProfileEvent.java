package io.ensemble.profiles;

import io.ensemble.shared.outbox.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Domain events of profiles (DESIGN §Domain events), written to the outbox in the transaction of the
 * change; the integrator feed publishes them as {@code profile.updated} (issue 26 §1). Public fields only
 * (no phone, address or e-mail).
 */
public sealed interface ProfileEvent extends DomainEvent {
    /** A profile was saved (onboarding or an edit); {@code username} is empty when none is chosen. */
    record Updated(UUID userId, String role, String displayName, String username, Instant updatedAt)
            implements ProfileEvent {
    }
}
