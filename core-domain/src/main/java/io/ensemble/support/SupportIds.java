package io.ensemble.support;

import java.util.Optional;
import java.util.UUID;

/** Parsing of ids given as text in support requests. */
final class SupportIds {
    private SupportIds() {
    }

    /** @return the UUID spelled by {@code text}, or empty when it is none */
    static Optional<UUID> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
