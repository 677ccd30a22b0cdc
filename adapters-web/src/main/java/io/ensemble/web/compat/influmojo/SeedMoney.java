package io.ensemble.web.compat.influmojo;

import io.ensemble.payments.Money;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** Seeds/002's Prisma {@code Decimal} prices ({@code 149.99}) ↔ the native {@link Money} in minor units. */
final class SeedMoney {
    private SeedMoney() {
    }

    /**
     * @return {@code decimal} in minor units of {@code currency}, null when absent (the native
     *     command then names the missing field)
     * @throws ValidationFailed naming {@code field} for more decimals than the currency has
     */
    static Long minorUnits(String field, BigDecimal decimal, String currency) {
        if (decimal == null) {
            return null;
        }
        int digits = fractionDigits(currency);
        if (decimal.stripTrailingZeros().scale() > digits) {
            throw new ValidationFailed(List.of(new FieldError(field, "must have at most " + digits + " decimals")));
        }
        try {
            return decimal.movePointRight(digits).longValueExact();
        } catch (ArithmeticException e) {
            throw new ValidationFailed(List.of(new FieldError(field, "is too large")));
        }
    }

    /** @return the amount as the seed's decimal, e.g. {@code 149.99} */
    static BigDecimal decimal(Money money) {
        return BigDecimal.valueOf(money.amount(), fractionDigits(money.currency()));
    }

    private static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency.strip().toUpperCase(java.util.Locale.ROOT))
                    .getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2;
        }
    }
}
