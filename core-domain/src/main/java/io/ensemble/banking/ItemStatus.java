package io.ensemble.banking;

/**
 * Health of a linked item, moved by provider webhooks (Plaid ITEM webhooks: {@code ERROR} with
 * {@code ITEM_LOGIN_REQUIRED}, {@code PENDING_EXPIRATION}, {@code PENDING_DISCONNECT},
 * {@code LOGIN_REPAIRED}, {@code USER_PERMISSION_REVOKED}).
 */
public enum ItemStatus {
    /** Working. */
    ACTIVE,
    /** The bank wants the user to sign in again (relink through update mode). */
    LOGIN_REQUIRED,
    /** Consent expires or the connection will be cut soon; the user should re-authenticate. */
    PENDING_EXPIRATION,
    /** The user revoked access at the bank. */
    REVOKED;

    /** @return whether the user must go through the link flow again */
    public boolean needsReauth() {
        return this != ACTIVE;
    }
}
