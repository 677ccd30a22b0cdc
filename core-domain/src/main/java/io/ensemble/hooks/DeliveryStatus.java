package io.ensemble.hooks;

/** State of a webhook delivery (issue 26 §2): waiting or retrying, delivered, or given up. */
public enum DeliveryStatus {
    PENDING,
    SUCCEEDED,
    FAILED
}
