package io.ensemble.payments;

import java.util.UUID;

/**
 * Port from payments to the order lifecycle: the provider confirmed an order's payment (implemented
 * by the marketplace, which moves the order to PAID and notifies the parties).
 */
public interface PaymentConfirmations {
    /**
     * Marks the payment collected and moves a PENDING_PAYMENT order to PAID as the system. Does
     * nothing for an order already past payment; refunds the money when the order was cancelled
     * meanwhile.
     */
    void paymentSucceeded(UUID orderId);
}
