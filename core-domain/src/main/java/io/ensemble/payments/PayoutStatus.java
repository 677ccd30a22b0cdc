package io.ensemble.payments;

/** Payout ledger states (issue 8 §3): owed, paid out, or failed (an operator retries by hand). */
public enum PayoutStatus {
    PENDING, PAID, FAILED
}
