package io.ensemble.integrations.payments;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ensemble.payments.PayoutAccountRepository;
import io.ensemble.payments.UnconfiguredPayoutAccounts;
import io.ensemble.payments.UnconfiguredWebhooks;
import java.time.Clock;

/**
 * {@code payments: {type: manual}}: the default, keyless gateway. Provider keys other adapters use
 * (e.g. Stripe's) may stay in the file; they are ignored here, so {@code PAYMENTS} alone switches.
 */
@JsonTypeName("manual")
@JsonIgnoreProperties(ignoreUnknown = true)
public class ManualPaymentGatewayFactory implements PaymentGatewayFactory {
    /** @return a {@link ManualPaymentGateway}, without payee onboarding or webhooks */
    @Override
    public PaymentProviders build(PayoutAccountRepository payees, Clock clock) {
        return new PaymentProviders(new ManualPaymentGateway(), new UnconfiguredPayoutAccounts(),
                new UnconfiguredWebhooks());
    }
}
