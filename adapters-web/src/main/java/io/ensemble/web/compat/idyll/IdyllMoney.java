package io.ensemble.web.compat.idyll;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The Idyll dialect's payout {@code amount}: a decimal in the currency's major unit ({@code 125.5} USD is $125.50),
 * as a back-office form types it and shows it; the native routes and the ledger use minor units. Conversion is
 * exact: more decimals than the currency has is a 400 naming {@code amount}, never a rounding. An unknown
 * currency is left to the use case (400 naming {@code currency}).
 */
final class IdyllMoney {
    private IdyllMoney() {
    }

    /**
     * @return the amount in minor units; null when {@code amount} is null, and the decimal's integer part when the
     *     currency is unknown (the use case then refuses the currency)
     * @throws ValidationFailed naming {@code amount} for more decimals than the currency has, or too large a value
     */
    static Long minorUnits(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        int digits = digits(currency);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new ValidationFailed(List.of(new FieldError("amount",
                    "must have at most " + digits + " decimals for " + currency)));
        }
        try {
            return amount.movePointRight(digits).longValueExact();
        } catch (ArithmeticException e) {
            throw new ValidationFailed(List.of(new FieldError("amount", "is too large")));
        }
    }

    /** @return {@code minor} as the dialect's decimal in {@code currency} */
    static BigDecimal decimal(long minor, String currency) {
        return BigDecimal.valueOf(minor, digits(currency)).stripTrailingZeros();
    }

    private static int digits(String currency) {
        try {
            int d = Currency.getInstance(currency == null ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT))
                    .getDefaultFractionDigits();
            return Math.max(d, 0);
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }
}
