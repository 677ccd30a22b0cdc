package io.ensemble.shared.stats;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A sum of money of one kind and currency in a UTC day, e.g. the platform fees in USD on 2026-11-23.
 *
 * @param key what was summed (a payout status; a port with one kind uses a fixed key)
 * @param currency ISO 4217 code, e.g. {@code USD}
 * @param amount in minor units
 * @param count how many rows were summed
 */
public record DailyAmount(LocalDate day, String key, String currency, long amount, long count) {
    public DailyAmount {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(currency, "currency");
    }
}
