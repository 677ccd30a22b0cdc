package io.ensemble.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a user answers to an event (seeds/000 {@code event_attendees.status}). */
public enum RsvpChoice {
    GOING("going"), INTERESTED("interested"), NOT_GOING("not_going");

    private final String key;

    RsvpChoice(String key) {
        this.key = key;
    }

    /** @return the wire name, e.g. {@code not_going} */
    public String key() {
        return key;
    }

    /** @return the choice named {@code value} (wire name or enum name, any case); empty when unknown */
    public static Optional<RsvpChoice> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.key.equals(v)).findFirst();
    }
}
