package io.ensemble.web.payments;

import io.ensemble.payments.Payout;
import java.time.Instant;

/**
 * A payout ledger line (seeds/003 §Payouts): {@code {id, userId, orderId, amount (net owed),
 * grossAmount, fee, status (PENDING|PAID|FAILED), providerRef|null, note|null, createdAt, updatedAt}};
 * money in minor units.
 */
public record PayoutView(String id, String userId, String orderId, MoneyView amount, MoneyView grossAmount,
                         long fee, String status, String providerRef, String note, Instant createdAt,
                         Instant updatedAt) {
    /** @return the view of {@code p} */
    public static PayoutView of(Payout p) {
        return new PayoutView(p.id().toString(), p.userId().toString(), p.orderId().toString(), MoneyView.of(p.net()),
                MoneyView.of(p.gross()), p.fee(), p.status().name(), p.providerRef().orElse(null),
                p.note().orElse(null), p.createdAt(), p.updatedAt());
    }
}
