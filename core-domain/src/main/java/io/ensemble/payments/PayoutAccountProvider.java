package io.ensemble.payments;

import java.util.UUID;

/**
 * Port to the provider's onboarding of payees (Stripe Connect: Accounts and Account Links, issue 8
 * §3). Implementations throw {@link io.ensemble.shared.errors.ProviderUnavailable} when the provider cannot
 * be reached and {@link PayoutsNotConfigured} when no provider is configured.
 */
public interface PayoutAccountProvider {
    /** @return the provider's name stored with each account, e.g. {@code stripe} */
    String name();

    /**
     * Creates the user's account at the provider. Retrying for the same user within the provider's
     * idempotency window returns the same account.
     *
     * @return the provider's account id
     */
    String createAccount(UUID userId);

    /**
     * @param accountId what {@link #createAccount} returned
     * @return a short-lived URL where the user completes onboarding at the provider
     */
    OnboardingLink onboardingLink(String accountId);
}
