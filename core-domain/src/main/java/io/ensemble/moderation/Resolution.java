package io.ensemble.moderation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * How and by whom a report was resolved.
 *
 * @param note the admin's note, when given
 * @param resolvedBy the admin's user id
 */
public record Resolution(ResolutionAction action, Optional<String> note, UUID resolvedBy, Instant resolvedAt) {
    public Resolution {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(resolvedBy, "resolvedBy");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }
}
