package io.ensemble.agency;

import java.util.Optional;

/** How urgent a task is. */
public enum TaskPriority {
    LOW, MEDIUM, HIGH, URGENT;

    /** @return the wire name, e.g. {@code high} */
    public String code() {
        return WireNames.code(this);
    }

    /** @return the priority a wire name (any case) spells; empty for null or unknown */
    public static Optional<TaskPriority> parse(String code) {
        return WireNames.parse(TaskPriority.class, code);
    }

    static String names() {
        return WireNames.list(TaskPriority.class);
    }
}
