package io.ensemble.integrations.payments;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ensemble.payments.PaymentGateway;

/**
 * {@code payments: {type: manual}}: the default, keyless gateway. Provider keys other adapters use
 * (e.g. Stripe's) may stay in the file; they are ignored here, so {@code PAYMENTS} alone switches.
 */
@JsonTypeName("manual")
@JsonIgnoreProperties(ignoreUnknown = true)
public class ManualPaymentGatewayFactory implements PaymentGatewayFactory {
    /** @return a {@link ManualPaymentGateway} */
    @Override
    public PaymentGateway build() {
        return new ManualPaymentGateway();
    }
}
