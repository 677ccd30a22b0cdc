package io.ensemble.profiles;

import io.ensemble.identity.AccountStatus;
import java.util.Locale;

/**
 * Seeds/002's user {@code status} (pending, active, suspended, banned) read from the account
 * (issue 23 §5): an active account is {@code pending} until its onboarding is completed, a suspended
 * one {@code suspended}. Suspension stays the admin's (identity); no native state is {@code banned}
 * yet, so it is never answered.
 */
public enum AccountStanding {
    PENDING, ACTIVE, SUSPENDED, BANNED;

    /** @return the wire value, e.g. {@code pending} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the standing of an account in {@code status} whose onboarding is (not) completed */
    public static AccountStanding of(AccountStatus status, boolean onboarded) {
        if (status != AccountStatus.ACTIVE) {
            return SUSPENDED;
        }
        return onboarded ? ACTIVE : PENDING;
    }
}
