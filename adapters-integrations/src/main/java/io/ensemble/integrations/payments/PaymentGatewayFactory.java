package io.ensemble.integrations.payments;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.dropwizard.jackson.Discoverable;
import io.ensemble.payments.PaymentGateway;

/**
 * Chooses the {@link PaymentGateway} adapter in {@code config.yml} (DESIGN §Ports,
 * {@code PAYMENTS=manual|stripe}): {@code payments: {type: manual}}. Implementations are listed in
 * {@code META-INF/services/io.ensemble.integrations.payments.PaymentGatewayFactory}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface PaymentGatewayFactory extends Discoverable {
    /** @return a ready gateway for the configured provider */
    PaymentGateway build();
}
