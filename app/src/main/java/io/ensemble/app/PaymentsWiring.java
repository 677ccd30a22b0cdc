package io.ensemble.app;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.payments.OrderPayments;
import io.ensemble.payments.PaymentGateway;
import io.ensemble.payments.PayoutService;
import io.ensemble.payments.PlatformFee;
import io.ensemble.persistence.payments.JdbiPaymentRepository;
import io.ensemble.persistence.payments.JdbiPayoutRepository;
import io.ensemble.shared.IdGenerator;
import io.ensemble.web.payments.PayoutResource;
import java.time.Clock;

/**
 * Wires the payments context (issue 8 §3): the {@link PaymentGateway} chosen by {@code payments.type}
 * ({@code PAYMENTS}, default {@code manual}), the payments and payouts tables, the payouts ledger
 * routes, and {@link OrderPayments} for the marketplace.
 */
final class PaymentsWiring {
    private PaymentsWiring() {
    }

    /**
     * Builds the context and registers {@code /api/v1/payouts}.
     *
     * @return the money side of order transitions, for {@link MarketplaceWiring}
     */
    static OrderPayments register(JerseyEnvironment jersey, Persistence db, PaymentGateway gateway, PlatformFee fee,
                                  IdGenerator ids, Clock clock) {
        var payouts = new JdbiPayoutRepository(db.handles);
        jersey.register(new PayoutResource(new PayoutService(payouts, db.transactions, clock)));
        return new OrderPayments(gateway, new JdbiPaymentRepository(db.handles), payouts, fee, ids, clock);
    }
}
