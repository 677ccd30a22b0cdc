package io.ensemble.web.payments;

/**
 * A price as sent by a client: {@code {amount, currency}}, amount a whole number of minor units
 * (a fractional or quoted amount is a 400 before reaching the domain, see JsonSettings).
 */
public record PriceBody(Long amount, String currency) {
    /** @return the amount, null when the body had no price */
    public static Long amountOf(PriceBody price) {
        return price == null ? null : price.amount();
    }

    /** @return the currency, null when the body had no price */
    public static String currencyOf(PriceBody price) {
        return price == null ? null : price.currency();
    }
}
