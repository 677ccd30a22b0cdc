package io.ensemble.identity;

/** Lifecycle of an account: only ACTIVE accounts may log in or call the API. */
public enum AccountStatus {
    ACTIVE, SUSPENDED,
    /** Closed by its owner or an admin (issue 20 §4): no login, personal data erased by the privacy job. */
    DELETED
}
