package io.ensemble.web.payments;

import io.ensemble.payments.Money;

/** Money on the wire (CONVENTIONS §HTTP API): {@code {amount: 1999, currency: "USD"}}, minor units. */
public record MoneyView(long amount, String currency) {
    /** @return the view of {@code money} */
    public static MoneyView of(Money money) {
        return new MoneyView(money.amount(), money.currency());
    }
}
