package io.ensemble.web.payments;

import io.ensemble.payments.Payout;
import java.time.Instant;

/**
 * A payout ledger line (seeds/003 §Payouts): {@code {id, userId, orderId, amount (net owed),
 * grossAmount, fee, status (PENDING|PAID|FAILED), providerRef|null, note|null, transferAttempts,
 * lastTransferError|null, nextTransferAt|null, createdAt, updatedAt}}; money in minor units. The
 * transfer fields show automatic transfers (Stripe): how many attempts were made, why the last one
 * failed, and not before when the next one runs.
 */
public record PayoutView(String id, String userId, String orderId, MoneyView amount, MoneyView grossAmount,
                         long fee, String status, String providerRef, String note, int transferAttempts,
                         String lastTransferError, Instant nextTransferAt, Instant createdAt, Instant updatedAt) {
    /** @return the view of {@code p} */
    public static PayoutView of(Payout p) {
        return new PayoutView(p.id().toString(), p.userId().toString(), p.orderId().toString(), MoneyView.of(p.net()),
                MoneyView.of(p.gross()), p.fee(), p.status().name(), p.providerRef().orElse(null),
                p.note().orElse(null), p.transferAttempts(), p.lastTransferError().orElse(null),
                p.nextTransferAt().orElse(null), p.createdAt(), p.updatedAt());
    }
}
