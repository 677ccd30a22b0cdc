package io.ensemble.support;

import java.util.Locale;
import java.util.Optional;

/**
 * A support agent's availability (issue 23 §3, seeds/002 {@code AgentStatus}): only {@code available}
 * agents receive new tickets; wire names lower-case.
 */
public enum AgentStatus {
    AVAILABLE, BUSY, OFFLINE;

    /** @return the wire name, e.g. {@code available} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the status with wire name {@code code}, or empty */
    public static Optional<AgentStatus> parse(String code) {
        for (AgentStatus s : values()) {
            if (s.code().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
