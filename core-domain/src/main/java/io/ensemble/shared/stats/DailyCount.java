package io.ensemble.shared.stats;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How many rows of one kind a UTC day has, e.g. signups of role {@code CREATOR} on 2026-11-23.
 *
 * @param key what was counted (a role, an order status; a port with one kind uses a fixed key)
 * @param count at least 0
 */
public record DailyCount(LocalDate day, String key, long count) {
    public DailyCount {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(key, "key");
    }
}
