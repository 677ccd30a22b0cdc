package io.ensemble.payments;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Forbidden;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Creators connect the account their payouts go to (issue 8 §3, Stripe Connect onboarding): the
 * first call creates the provider account and stores it, every call answers a fresh onboarding link.
 */
public final class PayoutOnboarding {
    private final PayoutAccountProvider provider;
    private final PayoutAccountRepository accounts;
    private final Clock clock;

    /** Wires the ports. */
    public PayoutOnboarding(PayoutAccountProvider provider, PayoutAccountRepository accounts, Clock clock) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Answers a link where the caller finishes onboarding, creating their provider account first
     * when they have none. Not transactional on purpose: the provider call is made outside any
     * database transaction; a concurrent first call gets the same account (provider idempotency key
     * per user) and the insert of the second one is a no-op.
     *
     * @throws Forbidden when the caller is not a CREATOR
     * @throws PayoutsNotConfigured when no provider is configured (503)
     * @throws io.ensemble.shared.errors.ProviderUnavailable when the provider cannot be reached (503)
     */
    public OnboardingLink onboardingLink(Caller caller) {
        if (!caller.is(Role.CREATOR)) {
            throw new Forbidden("Only creators receive payouts and connect a payout account.");
        }
        String accountId = accounts.findByUser(caller.userId(), provider.name())
                .map(PayoutAccount::accountId)
                .orElseGet(() -> {
                    String created = provider.createAccount(caller.userId());
                    Instant now = clock.instant();
                    accounts.insert(new PayoutAccount(caller.userId(), provider.name(), created, false, now, now));
                    return accounts.findByUser(caller.userId(), provider.name()).orElseThrow().accountId();
                });
        return provider.onboardingLink(accountId);
    }
}
