package io.ensemble.app.social;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.app.support.SharedDatabase;
import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.integrations.crypto.TinkSecretCipher;
import io.ensemble.integrations.social.OAuthClientFactory;
import io.ensemble.integrations.social.SocialOAuthFactory;
import io.ensemble.notifications.OutboxNotificationPublisher;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiTransactions;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.persistence.notifications.JdbiNotificationRepository;
import io.ensemble.persistence.outbox.JdbiOutbox;
import io.ensemble.persistence.social.JdbiSocialAccountRepository;
import io.ensemble.persistence.social.JdbiSocialStatsRepository;
import io.ensemble.persistence.social.JdbiStatsSnapshotRepository;
import io.ensemble.shared.ids.UuidV7Generator;
import io.ensemble.social.AccountLink;
import io.ensemble.social.LinkMethod;
import io.ensemble.social.Platform;
import io.ensemble.social.ProviderProfile;
import io.ensemble.social.ProviderTokens;
import io.ensemble.social.SocialAccountSync;
import io.ensemble.social.SocialProviders;
import io.ensemble.social.SocialTotals;
import io.ensemble.social.TokenVault;
import io.ensemble.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The token-refresh use case of the {@code social-token-refresh} job against the real test database, real
 * provider adapters (TikTok, faked by WireMock) and a controlled clock: a token is refreshed only once it
 * expires within 7 days (issue 6 §4, seeds/001 tokenRefresh.job).
 */
class SocialTokenWindowTest {
    private static final FakeProviders FAKE = new FakeProviders();
    private final JdbiHandles handles = new JdbiHandles(Jdbi.create(SharedDatabase.get().dataSource()));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));

    @Test
    void a_token_is_refreshed_only_once_it_expires_within_seven_days() {
        var accounts = new JdbiSocialAccountRepository(handles);
        var snapshots = new JdbiStatsSnapshotRepository(handles);
        var transactions = new JdbiTransactions(handles);
        var ids = new UuidV7Generator(clock);
        var cipher = TinkSecretCipher.fromKeysetJson(TinkSecretCipher.newKeysetJson());
        SocialOAuthFactory config = new SocialOAuthFactory();
        config.client(Platform.TIKTOK).keys("tiktok-client", "tiktok-secret", "https://app.example.com/cb")
                .bases(FAKE.base());
        var providers = new SocialProviders(config.build(clock));
        var sync = new SocialAccountSync(providers, accounts, snapshots,
                new SocialTotals(new JdbiSocialStatsRepository(handles), accounts, snapshots),
                new OutboxNotificationPublisher(new JdbiNotificationRepository(handles),
                        new io.ensemble.persistence.notifications.JdbiPreferenceRepository(handles),
                        new io.ensemble.persistence.notifications.JdbiDeliveryQueue(handles), new JdbiOutbox(handles),
                        ids, clock),
                cipher, transactions, clock, Duration.ZERO, d -> { });

        // move every other test's accounts out of the window, so only this one is considered
        handles.use(h -> h.execute("UPDATE social_accounts SET token_expires_at = now() + interval '365 days'"));
        UUID user = UUID.randomUUID();
        new JdbiUserRepository(handles).create(new User(user, user + "@example.com", "Ada", Role.INFLUENCER,
                AccountStatus.ACTIVE, true, "hash", clock.instant(), clock.instant()));
        String refresh = "rt-window-" + user;
        var account = accounts.link(new AccountLink(ids.newId(), user, Platform.TIKTOK,
                new ProviderProfile("open-" + user, "ada", Optional.empty(), Optional.empty()), LinkMethod.OAUTH,
                clock.instant())).orElseThrow();
        Instant expires = clock.instant().plus(Duration.ofDays(8));
        accounts.storeTokens(account.id(), new TokenVault(cipher).seal(account.id(), new ProviderTokens("at-window",
                Optional.of(refresh), Optional.of(expires), List.of("user.info.stats"))), clock.instant());
        FAKE.server.stubFor(post(urlPathEqualTo("/v2/oauth/token/")).withRequestBody(containing("refresh_token=" + refresh))
                .willReturn(FakeProviders.json(200, FakeProviders.tiktokToken("at-2", "rt-2-" + user, "x"))));

        assertThat(sync.refreshExpiringTokens().done()).isZero();
        assertThat(FAKE.server.findAll(postRequestedFor(urlPathEqualTo("/v2/oauth/token/")))).isEmpty();

        clock.set(expires.minus(Duration.ofDays(7)).plusSeconds(1));
        assertThat(sync.refreshExpiringTokens().done()).isEqualTo(1);
        var stored = new TokenVault(cipher).open(account.id(), accounts.tokens(account.id()).orElseThrow());
        assertThat(stored.refreshToken()).contains("rt-2-" + user);
        assertThat(stored.expiresAt()).contains(clock.instant().plusSeconds(86_400));
    }
}
