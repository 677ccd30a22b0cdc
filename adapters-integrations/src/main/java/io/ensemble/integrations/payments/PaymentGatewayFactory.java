package io.ensemble.integrations.payments;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.dropwizard.jackson.Discoverable;
import io.ensemble.payments.PaymentGateway;
import io.ensemble.payments.PayoutAccountRepository;
import java.time.Clock;

/**
 * Chooses the {@link PaymentGateway} adapter in {@code config.yml} (DESIGN §Ports,
 * {@code PAYMENTS=manual|stripe}): {@code payments: {type: manual}} or {@code {type: stripe, …}}
 * ({@code StripePaymentGatewayFactory}). Implementations are listed in
 * {@code META-INF/services/io.ensemble.integrations.payments.PaymentGatewayFactory}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface PaymentGatewayFactory extends Discoverable {
    /**
     * @param payees where payees' provider accounts are stored (Stripe: Connect payout destinations)
     * @param clock time for webhook signature tolerance
     * @return the ready gateway, payee onboarding and webhook verifier of the configured provider
     * @throws IllegalStateException when the provider's keys are missing (the service refuses to start)
     */
    PaymentProviders build(PayoutAccountRepository payees, Clock clock);
}
