package io.ensemble.payments;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of {@code payout_accounts}. Calls join the caller's transaction. */
public interface PayoutAccountRepository {
    /** Stores a new account; @return false when the user already has one at this provider (nothing changed) */
    boolean insert(PayoutAccount account);

    /** @return the user's account at {@code provider}, if they started onboarding */
    Optional<PayoutAccount> findByUser(UUID userId, String provider);

    /** @return the account with this provider id, if it is one of ours */
    Optional<PayoutAccount> findByAccount(String provider, String accountId);

    /**
     * Records whether the provider accepts payouts to the account now.
     *
     * @return whether an account with this id exists
     */
    boolean updatePayoutsEnabled(String provider, String accountId, boolean enabled, Instant at);
}
