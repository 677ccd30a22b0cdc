package io.ensemble.identity;

/** Lifecycle of an account: only ACTIVE accounts may log in or call the API. */
public enum AccountStatus {
    ACTIVE, SUSPENDED
}
