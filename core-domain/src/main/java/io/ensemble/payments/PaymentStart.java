package io.ensemble.payments;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link PaymentGateway} answers when a payment is started.
 *
 * @param providerRef the provider's id of the payment (a Stripe PaymentIntent id, or
 *     {@code manual_<orderId>} for the manual gateway)
 * @param clientSecret what the client app needs to confirm the payment itself (Stripe's
 *     PaymentIntent client secret); empty when an operator confirms it
 */
public record PaymentStart(String providerRef, Optional<String> clientSecret) {
    public PaymentStart {
        Objects.requireNonNull(providerRef, "providerRef");
        Objects.requireNonNull(clientSecret, "clientSecret");
    }
}
