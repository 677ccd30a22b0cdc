package io.ensemble.payments;

import java.time.Instant;

/** Builds the {@code payout.paid}/{@code payout.failed} feed events (issue 26 §1) of a settled payout. */
final class PayoutActivities {
    private PayoutActivities() {
    }

    /**
     * @param status PAID or FAILED
     * @return the event carrying the payout's net amount (minor units)
     * @throws IllegalArgumentException for any other status
     */
    static PaymentActivity settled(Payout payout, PayoutStatus status, Instant at) {
        return switch (status) {
            case PAID -> new PaymentActivity.PayoutPaid(payout.id(), payout.userId(), payout.orderId(),
                    payout.net().amount(), payout.net().currency(), at);
            case FAILED -> new PaymentActivity.PayoutFailed(payout.id(), payout.userId(), payout.orderId(),
                    payout.net().amount(), payout.net().currency(), at);
            default -> throw new IllegalArgumentException("not a settled status: " + status);
        };
    }
}
