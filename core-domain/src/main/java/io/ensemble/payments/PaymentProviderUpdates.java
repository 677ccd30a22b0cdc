package io.ensemble.payments;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence port for what provider webhooks change on {@code payments} and {@code payouts}. Each
 * update is a guarded compare-and-set, so late or repeated events never move a row backwards.
 * Calls join the caller's transaction.
 */
public interface PaymentProviderUpdates {
    /** Records why the last attempt to pay a still PENDING payment failed. @return whether a row changed */
    boolean recordAttemptFailure(UUID orderId, String reason, Instant at);

    /** @return the payout whose transfer this is */
    Optional<Payout> payoutByTransfer(String transferRef);

    /** PENDING → PAID for the payout with this transfer. @return whether a row changed */
    boolean markTransferPaid(String transferRef, String note, Instant at);

    /** PENDING or PAID → FAILED for the payout with this transfer. @return whether a row changed */
    boolean markTransferReversed(String transferRef, String note, Instant at);
}
