package io.ensemble.agency;

import java.util.Optional;

/**
 * Where a task is: {@code todo → in_progress → review → done}; a move goes one step forward or one step
 * back (DESIGN §Patterns "State machines": the allowed moves are this order's neighbours).
 */
public enum TaskStatus {
    TODO, IN_PROGRESS, REVIEW, DONE;

    /** @return the wire name, e.g. {@code in_progress} */
    public String code() {
        return WireNames.code(this);
    }

    /** @return whether a task may move from this status to {@code next} (one step either way) */
    public boolean movesTo(TaskStatus next) {
        return Math.abs(next.ordinal() - ordinal()) == 1;
    }

    /** @return the status a wire name (any case) spells; empty for null or unknown */
    public static Optional<TaskStatus> parse(String code) {
        return WireNames.parse(TaskStatus.class, code);
    }

    static String names() {
        return WireNames.list(TaskStatus.class);
    }
}
