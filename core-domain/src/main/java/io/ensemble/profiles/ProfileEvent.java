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
    /**
     * A profile was saved (onboarding or an edit). No name or handle: the feed outlives an account's erasure
     * (issue 20 §4), so integrators read the current public profile by id.
     */
    record Updated(UUID userId, String role, Instant updatedAt) implements ProfileEvent {
    }
}
