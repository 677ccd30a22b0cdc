package io.ensemble.social;

/** Whether a linked account can still be synced (issue 6 §4). */
public enum LinkStatus {
    /** Tokens (or the public profile) work; the account is synced. */
    ACTIVE,
    /** The provider revoked or expired the grant; the owner must link again. Not synced until then. */
    RECONNECT_REQUIRED
}
