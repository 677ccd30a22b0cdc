package io.ensemble.marketplace;

/**
 * States of an order (issue 8 §2). COMPLETED, DECLINED, CANCELLED and REFUNDED are final.
 * See {@link OrderStateMachine} for the moves between them.
 */
public enum OrderStatus {
    PENDING_PAYMENT, PAID, ACCEPTED, DECLINED, IN_PROGRESS, DELIVERED, REVISION_REQUESTED, COMPLETED, CANCELLED,
    DISPUTED, REFUNDED;

    /** @return whether no action leaves this state */
    public boolean isFinal() {
        return this == COMPLETED || this == DECLINED || this == CANCELLED || this == REFUNDED;
    }
}
