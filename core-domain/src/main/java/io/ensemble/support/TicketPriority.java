package io.ensemble.support;

import java.util.Locale;
import java.util.Optional;

/** A support ticket's priority (issue 23 §3), {@code medium} by default; wire names lower-case. */
public enum TicketPriority {
    LOW, MEDIUM, HIGH, URGENT;

    /** @return the wire name, e.g. {@code urgent} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the priority with wire name {@code code}, or empty */
    public static Optional<TicketPriority> parse(String code) {
        for (TicketPriority p : values()) {
            if (p.code().equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
