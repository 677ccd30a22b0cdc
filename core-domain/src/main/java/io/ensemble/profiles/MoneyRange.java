package io.ensemble.profiles;

import java.util.Objects;

/**
 * A price range in minor units of one ISO 4217 currency (DESIGN §Persistence: money as minor units):
 * a creator's rates ({@code minRate}/{@code maxRate}, seeds/002) or a brand's budget.
 *
 * @param min lower bound in minor units, {@code >= 0}
 * @param max upper bound in minor units, {@code >= min}
 * @param currency three upper-case letters, e.g. {@code USD}
 */
public record MoneyRange(long min, long max, String currency) {
    /** @throws IllegalArgumentException when the bounds or currency are invalid (commands check first) */
    public MoneyRange {
        Objects.requireNonNull(currency, "currency");
        if (min < 0 || max < min || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("invalid money range");
        }
    }
}
