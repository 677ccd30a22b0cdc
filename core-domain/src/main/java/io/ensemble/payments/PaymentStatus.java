package io.ensemble.payments;

/** State of an order's payment row: started, collected, refunded, or failed at the provider. */
public enum PaymentStatus {
    PENDING, SUCCEEDED, REFUNDED, FAILED
}
