package io.ensemble.web.compat.sioree;

import io.ensemble.payments.Money;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Seeds/000's decimal {@code ticketPrice} (e.g. {@code 50} or {@code 49.99}, in the profile's
 * currency) ↔ the native {@link Money} in minor units (CONVENTIONS §HTTP API), and its
 * {@code priceText} ({@code "$75"}, {@code "$49.99"}, {@code "Free"}).
 */
final class SioreeMoney {
    private SioreeMoney() {
    }

    /**
     * @param decimal the app's price; null or 0 is a free event
     * @return the amount in minor units, empty for free
     * @throws ValidationFailed (field {@code ticketPrice}) for a negative price or more decimals than the currency has
     */
    static Optional<Long> minorUnits(BigDecimal decimal, String currency) {
        if (decimal == null || decimal.signum() == 0) {
            return Optional.empty();
        }
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (decimal.signum() < 0 || decimal.stripTrailingZeros().scale() > digits) {
            throw new ValidationFailed(List.of(new FieldError("ticketPrice",
                    "must be 0 or more with at most " + digits + " decimals")));
        }
        try {
            return Optional.of(decimal.movePointRight(digits).longValueExact());
        } catch (ArithmeticException e) {
            throw new ValidationFailed(List.of(new FieldError("ticketPrice", "is too large")));
        }
    }

    /** @return the price as the app's decimal, null for free */
    static BigDecimal decimal(Optional<Money> price) {
        return price.map(m -> BigDecimal.valueOf(m.amount(),
                Currency.getInstance(m.currency()).getDefaultFractionDigits()).stripTrailingZeros()).orElse(null);
    }

    /** @return {@code "$75"}, {@code "$49.99"} or {@code "Free"} */
    static String text(Optional<Money> price) {
        if (price.isEmpty()) {
            return "Free";
        }
        Currency currency = Currency.getInstance(price.get().currency());
        BigDecimal value = decimal(price);
        if (value.scale() > 0) {
            value = value.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
        }
        return currency.getSymbol(Locale.US) + value.toPlainString();
    }
}
