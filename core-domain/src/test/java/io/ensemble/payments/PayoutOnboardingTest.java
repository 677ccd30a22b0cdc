package io.ensemble.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.payments.fakes.InMemoryPayoutAccounts;
import io.ensemble.shared.errors.Forbidden;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link PayoutOnboarding} against in-memory fakes: creators only, one provider account per creator. */
class PayoutOnboardingTest {
    private final List<UUID> created = new ArrayList<>();
    private final PayoutAccountProvider provider = new PayoutAccountProvider() {
        @Override
        public String name() {
            return "stripe";
        }

        @Override
        public String createAccount(UUID userId) {
            created.add(userId);
            return "acct_" + created.size();
        }

        @Override
        public OnboardingLink onboardingLink(String accountId) {
            return new OnboardingLink("https://connect.example/" + accountId, Instant.EPOCH, accountId);
        }
    };
    private final InMemoryPayoutAccounts accounts = new InMemoryPayoutAccounts();
    private final PayoutOnboarding onboarding = new PayoutOnboarding(provider, accounts,
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    private static Caller caller(Role role) {
        return new Caller(UUID.randomUUID(), role, UUID.randomUUID());
    }

    @Test
    void a_creator_gets_an_account_once_and_a_link_every_time() {
        Caller creator = caller(Role.CREATOR);

        OnboardingLink first = onboarding.onboardingLink(creator);
        OnboardingLink second = onboarding.onboardingLink(creator);

        assertThat(first.accountId()).isEqualTo("acct_1");
        assertThat(second.url()).isEqualTo("https://connect.example/acct_1");
        assertThat(created).containsExactly(creator.userId());
        assertThat(accounts.of(creator.userId()).orElseThrow().payoutsEnabled()).isFalse();
    }

    @Test
    void other_roles_are_forbidden_and_nothing_is_created() {
        for (Role role : List.of(Role.BRAND, Role.ADMIN, Role.INFLUENCER)) {
            assertThatThrownBy(() -> onboarding.onboardingLink(caller(role))).isInstanceOf(Forbidden.class);
        }
        assertThat(created).isEmpty();
        assertThat(accounts.size()).isZero();
    }

    @Test
    void without_a_provider_it_answers_not_configured() {
        PayoutOnboarding manual = new PayoutOnboarding(new UnconfiguredPayoutAccounts(), accounts, Clock.systemUTC());

        assertThatThrownBy(() -> manual.onboardingLink(caller(Role.CREATOR))).isInstanceOf(PayoutsNotConfigured.class)
                .hasMessageContaining("PAYMENTS=stripe")
                .satisfies(e -> assertThat(((PayoutsNotConfigured) e).code()).isEqualTo("PROVIDER_NOT_CONFIGURED"));
    }
}
