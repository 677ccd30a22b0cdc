package io.ensemble.support;

import java.util.Locale;
import java.util.Optional;

/**
 * A support ticket's status (issue 23 §3): {@code open} (queued, no agent) → {@code assigned} →
 * {@code in_progress} → {@code resolved} → {@code closed}; a resolved ticket may be reopened within
 * {@link TicketWorkflow#REOPEN_WINDOW}. Wire names are lower-case.
 */
public enum TicketStatus {
    OPEN, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED;

    /** @return the wire name, e.g. {@code in_progress} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether an agent is working on it (counts towards the agent's open tickets) */
    public boolean active() {
        return this == ASSIGNED || this == IN_PROGRESS;
    }

    /** @return the status with wire name {@code code}, or empty */
    public static Optional<TicketStatus> parse(String code) {
        for (TicketStatus s : values()) {
            if (s.code().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
