package io.ensemble.moderation;

import java.util.Optional;
import java.util.UUID;

/** Reads ids as clients send them: only the canonical UUID form (any case) is an id. */
final class Ids {
    private Ids() {
    }

    static Optional<UUID> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(value.strip());
            return id.toString().equalsIgnoreCase(value.strip()) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
