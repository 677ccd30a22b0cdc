package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.payments.OrderPayments;
import io.ensemble.payments.PaymentGateway;
import io.ensemble.payments.PayoutService;
import io.ensemble.payments.PayoutTransfers;
import io.ensemble.payments.PlatformFee;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.web.payments.PayoutResource;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires the payments context (issue 8 §3): the {@link PaymentGateway} chosen by {@code payments.type}
 * ({@code PAYMENTS}, default {@code manual}), the payments and payouts tables, the payouts ledger
 * routes, {@link OrderPayments} for the marketplace, and the job {@code payouts-transfer} (also an admin
 * task, {@code POST /tasks/payouts-transfer}) that transfers PENDING payouts of payees whose account
 * accepts payouts ({@link PayoutTransfers#transferDue}; nothing to do with the {@code manual} gateway).
 */
public final class PaymentsWiring {
    /** Name of the job (and admin task) that runs {@link PayoutTransfers#transferDue}. */
    public static final String TRANSFER_JOB = "payouts-transfer";

    private PaymentsWiring() {
    }

    /** What the other wirings need from this context. */
    public record Wired(OrderPayments orderPayments, PayoutTransfers transfers) {
    }

    /**
     * Builds the context, registers {@code /api/v1/payouts} and the {@code payouts-transfer} job.
     *
     * @param transferEvery how often due payouts are transferred ({@code PAYOUT_TRANSFER_INTERVAL})
     * @param audit where payout settlements are recorded (issue 20 §2)
     * @return the money side of order transitions (for {@link MarketplaceWiring}) and the payout
     *     transfers (for the webhooks in {@link PaymentProvidersWiring})
     */
    public static Wired register(JerseyEnvironment jersey, Persistence db, PaymentGateway gateway, PlatformFee fee,
                          Duration transferEvery, Jobs jobs, AuditRecorder audit, IdGenerator ids,
                          Clock clock) {
        var transfers = new PayoutTransfers(gateway, db.payouts, db.transactions, clock, db.outbox, ids);
        jersey.register(new PayoutResource(new PayoutService(db.payouts, db.transactions, clock, audit, db.outbox,
                ids)));
        jobs.every(TRANSFER_JOB, transferEvery, now -> transfers.transferDue(now).describe());
        return new Wired(new OrderPayments(gateway, db.payments, db.payouts, fee, transfers,
                ids, clock, db.outbox), transfers);
    }
}
