package io.ensemble.profiles;

import java.util.Arrays;
import java.util.Optional;

/** A creator's availability for new deals (seeds/002 {@code AvailabilityStatus}). */
public enum Availability {
    AVAILABLE, BUSY, UNAVAILABLE;

    /** @return the value named by {@code text}, case-insensitively; empty when unknown or null */
    public static Optional<Availability> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(text.strip())).findFirst();
    }
}
