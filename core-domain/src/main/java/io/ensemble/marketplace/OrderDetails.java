package io.ensemble.marketplace;

import io.ensemble.payments.Payment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order as one caller sees it: the order, the actions that caller may take now, and its payment.
 *
 * @param allowedActions what the caller may send to {@code /transitions} now
 * @param payment the order's payment row, once {@code pay} or {@code record_payment} happened
 * @param clientSecret the provider's client secret, only in the answer to {@code pay} while unpaid
 *     with a client-confirmed provider (Stripe)
 */
public record OrderDetails(Order order, List<OrderAction> allowedActions, Optional<Payment> payment,
                           Optional<String> clientSecret) {
    public OrderDetails {
        Objects.requireNonNull(order, "order");
        allowedActions = List.copyOf(allowedActions);
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(clientSecret, "clientSecret");
    }
}
