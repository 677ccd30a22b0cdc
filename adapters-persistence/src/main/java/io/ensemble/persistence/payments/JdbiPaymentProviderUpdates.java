package io.ensemble.persistence.payments;

import io.ensemble.payments.PaymentProviderUpdates;
import io.ensemble.payments.Payout;
import io.ensemble.payments.PayoutRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PaymentProviderUpdates} on {@code payments} and {@code payouts}: each update names the
 * states it may leave in its {@code WHERE}, so a late or repeated webhook changes nothing.
 */
public final class JdbiPaymentProviderUpdates extends JdbiRepository implements PaymentProviderUpdates {
    private static final String FAILURE = "UPDATE payments SET failure_reason = :reason, updated_at = :at"
            + " WHERE order_id = :orderId AND status = 'PENDING'";
    private static final String BY_TRANSFER = "SELECT id FROM payouts WHERE provider_ref = :ref";
    private static final String PAID = "UPDATE payouts SET status = 'PAID', note = :note, updated_at = :at"
            + " WHERE provider_ref = :ref AND status = 'PENDING'";
    private static final String REVERSED = "UPDATE payouts SET status = 'FAILED', note = :note, updated_at = :at"
            + " WHERE provider_ref = :ref AND status IN ('PENDING', 'PAID')";

    private final PayoutRepository payouts;

    /**
     * @param handles the handle provider (joins the caller's transaction when there is one)
     * @param payouts reads a payout row by id
     */
    public JdbiPaymentProviderUpdates(JdbiHandles handles, PayoutRepository payouts) {
        super(handles);
        this.payouts = Objects.requireNonNull(payouts, "payouts");
    }

    @Override
    public boolean recordAttemptFailure(UUID orderId, String reason, Instant at) {
        return handles.with(h -> h.createUpdate(FAILURE).bind("orderId", orderId).bind("reason", reason)
                .bind("at", SqlTime.at(at)).execute()) == 1;
    }

    @Override
    public Optional<Payout> payoutByTransfer(String transferRef) {
        return handles.with(h -> h.createQuery(BY_TRANSFER).bind("ref", transferRef).mapTo(UUID.class).findOne())
                .flatMap(payouts::findById);
    }

    @Override
    public boolean markTransferPaid(String transferRef, String note, Instant at) {
        return handles.with(h -> h.createUpdate(PAID).bind("ref", transferRef).bind("note", note)
                .bind("at", SqlTime.at(at)).execute()) == 1;
    }

    @Override
    public boolean markTransferReversed(String transferRef, String note, Instant at) {
        return handles.with(h -> h.createUpdate(REVERSED).bind("ref", transferRef).bind("note", note)
                .bind("at", SqlTime.at(at)).execute()) == 1;
    }
}
