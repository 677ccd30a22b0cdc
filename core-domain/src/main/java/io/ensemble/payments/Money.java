package io.ensemble.payments;

import io.ensemble.shared.errors.Validator;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in integer minor units of an ISO-4217 currency (CONVENTIONS §HTTP API:
 * {@code {"amount": 1999, "currency": "USD"}} is 19.99 USD). Never a float.
 *
 * @param amount minor units (cents for USD, yen for JPY), positive
 * @param currency upper-case ISO-4217 code known to {@link Currency}
 */
public record Money(long amount, String currency) {
    public Money {
        Objects.requireNonNull(currency, "currency");
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        if (!isCurrency(currency)) {
            throw new IllegalArgumentException("unknown currency " + currency);
        }
    }

    /**
     * Validates a price as sent by a client and builds it.
     *
     * @param field field name prefix for errors, e.g. {@code price}
     * @param amount minor units, required, 1..{@link Long#MAX_VALUE}
     * @param currency ISO-4217 code (any case), required
     * @throws io.ensemble.shared.errors.ValidationFailed naming {@code <field>.amount} / {@code <field>.currency}
     */
    public static Money parse(String field, Long amount, String currency) {
        Validator v = new Validator();
        if (amount == null) {
            v.check(false, field + ".amount", "is required (whole number of minor units)");
        } else {
            v.check(amount > 0, field + ".amount", "must be greater than 0 (minor units)");
        }
        String code = currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
        if (v.required(field + ".currency", code)) {
            v.check(isCurrency(code), field + ".currency", "must be an ISO-4217 currency code, e.g. USD");
        }
        v.throwIfInvalid();
        return new Money(amount, code);
    }

    /** @return this amount minus {@code minorUnits} in the same currency (must stay positive) */
    public Money minus(long minorUnits) {
        return new Money(Math.subtractExact(amount, minorUnits), currency);
    }

    private static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
