package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.integrations.social.SocialOAuthFactory;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.keys.SecretCipher;
import io.ensemble.social.SocialAccountSync;
import io.ensemble.social.SocialLinkService;
import io.ensemble.social.SocialProviders;
import io.ensemble.social.SocialTotals;
import io.ensemble.web.social.InstagramAuthResource;
import io.ensemble.web.social.SocialOAuthResource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;

/**
 * Wiring of the social OAuth linking of issue 6 §1, §3, §4: provider adapters from the {@code social}
 * config block (each behind a circuit breaker; 503 {@code PROVIDER_NOT_CONFIGURED} without keys), the
 * linking routes, and the daily jobs {@code social-token-refresh} (02:00), {@code social-sync} (03:00) and
 * {@code instagram-reminder} (10:00), each also {@code POST /tasks/<name>} on the admin port.
 */
public final class SocialWiring {
    /** seeds/001 tokenRefresh.job: daily at 02:00. */
    public static final LocalTime REFRESH_AT = LocalTime.of(2, 0);
    /** seeds/001 dataSyncScheduler.job: daily at 03:00. */
    public static final LocalTime SYNC_AT = LocalTime.of(3, 0);
    /** seeds/001 instagramReminder.job: daily at 10:00. */
    public static final LocalTime REMINDER_AT = LocalTime.of(10, 0);

    private SocialWiring() {
    }

    /**
     * Builds the social linking use cases, registers routes and jobs.
     *
     * @param env the Dropwizard environment (bearer auth must already be registered)
     * @param db the shared persistence adapters
     * @param config the {@code social} section
     * @param cipher encrypts provider tokens and PKCE verifiers at rest
     * @param notifications the outbox-backed publisher (reconnect notices, Instagram reminders)
     * @param jobs where the three daily jobs are registered
     * @return the combined totals calculator (pushed stats + linked accounts), for the seed 004 push, the
     *     linking use cases (also served by a client profile's routes) and the erasure step that revokes
     *     grants at the providers (issue 20 §4)
     */
    public static Social register(Environment env, Persistence db, SocialOAuthFactory config, SecretCipher cipher,
                                 NotificationPublisher notifications, Jobs jobs, IdGenerator ids, Clock clock) {
        var accounts = db.socialAccounts;
        var snapshots = db.statsSnapshots;
        var states = db.oauthStates;
        var totals = new SocialTotals(db.socialStats, accounts, snapshots);
        var built = config.build(clock);
        io.ensemble.app.observability.ProviderCircuits.social(env, built);
        var providers = new SocialProviders(built);
        var links = new SocialLinkService(providers, states, accounts, snapshots, totals, cipher, db.transactions,
                ids, clock);
        var sync = new SocialAccountSync(providers, accounts, snapshots, totals, notifications, cipher,
                db.transactions, clock, config.syncPause(), SocialWiring::sleep);
        env.jersey().register(new SocialOAuthResource(links));
        env.jersey().register(new InstagramAuthResource(links));
        jobs.daily("social-token-refresh", REFRESH_AT, now -> {
            int expired = states.deleteExpired(now);
            return sync.refreshExpiringTokens().summary("refreshed") + " expiredStatesRemoved=" + expired;
        });
        jobs.daily("social-sync", SYNC_AT, now -> sync.syncAll().summary("synced"));
        jobs.daily("instagram-reminder", REMINDER_AT, now -> "reminded " + sync.remindInstagram() + " influencers");
        return new Social(totals, links, new io.ensemble.social.SocialErasure(accounts, providers, cipher,
                db.socialPersonalData));
    }

    /**
     * What other contexts use of this one.
     *
     * @param totals  the combined totals calculator
     * @param links   OAuth linking of accounts
     * @param erasure the account-erasure step of the social context
     */
    public record Social(SocialTotals totals, SocialLinkService links, io.ensemble.privacy.ErasePersonalData erasure) {
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
