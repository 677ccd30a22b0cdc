package io.ensemble.payments;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's account at the payment provider that payouts are sent to (Stripe Connect connected
 * account, issue 8 §3; table {@code payout_accounts}, one per user and provider).
 *
 * @param provider gateway name, e.g. {@code stripe}
 * @param accountId the provider's account id, e.g. {@code acct_1Nv0FGQ9RKHgCVdK}
 * @param payoutsEnabled whether the provider accepts transfers to it yet (onboarding finished)
 */
public record PayoutAccount(UUID userId, String provider, String accountId, boolean payoutsEnabled,
                            Instant createdAt, Instant updatedAt) {
    public PayoutAccount {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
