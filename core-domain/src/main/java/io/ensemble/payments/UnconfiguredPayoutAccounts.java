package io.ensemble.payments;

import java.util.UUID;

/**
 * The {@link PayoutAccountProvider} when payouts go through the {@code manual} gateway: onboarding
 * at a provider is not available and every call answers {@link PayoutsNotConfigured}.
 */
public final class UnconfiguredPayoutAccounts implements PayoutAccountProvider {
    private static final String HOW = "Payout onboarding needs Stripe: set PAYMENTS=stripe, STRIPE_SECRET_KEY and "
            + "STRIPE_WEBHOOK_SECRET.";

    @Override
    public String name() {
        return "none";
    }

    /** @throws PayoutsNotConfigured always */
    @Override
    public String createAccount(UUID userId) {
        throw new PayoutsNotConfigured(HOW);
    }

    /** @throws PayoutsNotConfigured always */
    @Override
    public OnboardingLink onboardingLink(String accountId) {
        throw new PayoutsNotConfigured(HOW);
    }
}
