package io.ensemble.shared.idempotency;

import io.ensemble.shared.errors.ValidationFailed;


/**
 * An {@code Idempotency-Key} replayed with a different body (DESIGN §Patterns "Idempotency keys").
 * Code {@code IDEMPOTENCY_KEY_REUSED}; the web adapter answers 422.
 */
public final class IdempotencyKeyReused extends ValidationFailed {
    /** The stable code. */
    public static final String CODE = "IDEMPOTENCY_KEY_REUSED";

    /** @param what what a new key is needed for, e.g. {@code "a new order"} */
    public IdempotencyKeyReused(String what) {
        super(CODE, "This Idempotency-Key was used for a different request; use a new key for " + what + ".");
    }
}
