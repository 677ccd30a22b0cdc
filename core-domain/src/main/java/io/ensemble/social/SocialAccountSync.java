package io.ensemble.social;

import io.ensemble.identity.Role;
import io.ensemble.notifications.NewNotification;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.notifications.NotificationType;
import io.ensemble.shared.errors.DomainException;
import io.ensemble.shared.errors.ProviderNotConfigured;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.keys.SecretCipher;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled work on linked OAuth accounts (issue 6 §4; seeds/001 §Automated Jobs): renewing tokens
 * that expire within 7 days (storing the newest refresh token, since TikTok rotates them), re-reading
 * every account's stats, and reminding influencers without Instagram. A revoked grant marks the account
 * {@link LinkStatus#RECONNECT_REQUIRED} and notifies its owner in the same transaction; other provider
 * failures leave the account and its stats untouched and are counted, so the job is retried.
 */
public final class SocialAccountSync {
    /** Tokens expiring within this window are refreshed (seeds/001 tokenRefresh.job). */
    public static final Duration REFRESH_WINDOW = Duration.ofDays(7);
    /** Accounts synced more recently than this are skipped by the daily sync. */
    public static final Duration RESYNC_AFTER = Duration.ofHours(20);
    private static final Logger LOG = LoggerFactory.getLogger(SocialAccountSync.class);
    private static final int BATCH = 10_000;
    private static final int REMINDER_PAGE = 500;

    private final SocialProviders providers;
    private final SocialAccountRepository accounts;
    private final StatsSnapshotRepository snapshots;
    private final SocialTotals totals;
    private final NotificationPublisher notifications;
    private final TokenVault vault;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration pause;
    private final Consumer<Duration> sleeper;

    /**
     * @param pause wait between two provider reads of the sync, spreading the run out (0 in tests)
     * @param sleeper how to wait (e.g. {@code Thread.sleep})
     */
    public SocialAccountSync(SocialProviders providers, SocialAccountRepository accounts,
                             StatsSnapshotRepository snapshots, SocialTotals totals,
                             NotificationPublisher notifications, SecretCipher cipher, Transactions transactions,
                             Clock clock, Duration pause, Consumer<Duration> sleeper) {
        this.providers = Objects.requireNonNull(providers, "providers");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.totals = Objects.requireNonNull(totals, "totals");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.vault = new TokenVault(cipher);
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Counts of one run: done, needing reconnect, skipped (provider not configured / throttled), failed. */
    public record Outcome(int done, int reconnect, int skipped, int failed) {
        /** @return a one-line summary for the job log */
        public String summary(String verb) {
            return verb + "=" + done + " reconnectRequired=" + reconnect + " skipped=" + skipped + " failed=" + failed;
        }
    }

    /** A run in which some accounts failed for transient reasons; the job records it and retries. */
    public static final class PartialFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param summary the counts of the run, see {@link Outcome#summary} */
        public PartialFailure(String summary) {
            super(summary);
        }
    }

    /**
     * Refreshes the tokens of ACTIVE OAuth accounts expiring within {@link #REFRESH_WINDOW}.
     *
     * @return the counts
     * @throws PartialFailure when some refreshes failed for transient reasons (after trying all)
     */
    public Outcome refreshExpiringTokens() {
        Instant now = clock.instant();
        int done = 0;
        int reconnect = 0;
        int skipped = 0;
        int failed = 0;
        for (SocialAccount account : accounts.tokensExpiringBefore(now.plus(REFRESH_WINDOW), BATCH)) {
            try {
                SocialProvider provider = providers.of(account.platform());
                Optional<ProviderTokens> tokens = tokensOf(account);
                if (tokens.isEmpty()) {
                    reconnect++;
                    continue;
                }
                if (!provider.canRefresh(tokens.get())) {
                    skipped++;
                    continue;
                }
                refreshAndStore(account, provider, tokens.get());
                done++;
            } catch (GrantRevoked e) {
                requireReconnect(account);
                reconnect++;
            } catch (ProviderNotConfigured e) {
                skipped++;
            } catch (DomainException | SecretCipher.DecryptionFailed e) {
                LOG.warn("Token refresh of social account {} ({}) failed: {}", account.id(), account.platform(),
                        e.getMessage());
                failed++;
            }
        }
        return finish(new Outcome(done, reconnect, skipped, failed), "refreshed");
    }

    /**
     * Re-reads the profile and stats of every ACTIVE OAuth account not synced in the last
     * {@link #RESYNC_AFTER}, pausing between accounts; a platform that throttles us is skipped for the rest
     * of the run. An expired access token is refreshed once and the read retried.
     *
     * @return the counts
     * @throws PartialFailure when some reads failed for transient reasons (after trying all)
     */
    public Outcome syncAll() {
        Instant now = clock.instant();
        Set<Platform> throttled = EnumSet.noneOf(Platform.class);
        int done = 0;
        int reconnect = 0;
        int skipped = 0;
        int failed = 0;
        boolean first = true;
        for (SocialAccount account : accounts.dueForSync(LinkMethod.OAUTH, now.minus(RESYNC_AFTER), BATCH)) {
            if (throttled.contains(account.platform())) {
                skipped++;
                continue;
            }
            if (!first && !pause.isZero()) {
                sleeper.accept(pause);
            }
            first = false;
            try {
                if (syncOne(account)) {
                    done++;
                } else {
                    reconnect++;
                }
            } catch (GrantRevoked e) {
                requireReconnect(account);
                reconnect++;
            } catch (ProviderNotConfigured e) {
                skipped++;
            } catch (RateLimited e) {
                throttled.add(account.platform());
                skipped++;
            } catch (DomainException | SecretCipher.DecryptionFailed e) {
                LOG.warn("Sync of social account {} ({}) failed: {}", account.id(), account.platform(),
                        e.getMessage());
                failed++;
            }
        }
        return finish(new Outcome(done, reconnect, skipped, failed), "synced");
    }

    /**
     * Notifies every active influencer who has no Instagram account linked (seeds/001 instagramReminder).
     *
     * @return how many were notified
     */
    public int remindInstagram() {
        int sent = 0;
        UUID after = null;
        while (true) {
            List<UUID> page = accounts.usersWithout(Platform.INSTAGRAM, Role.INFLUENCER, after, REMINDER_PAGE);
            if (page.isEmpty()) {
                return sent;
            }
            transactions.inTransaction(() -> {
                for (UUID user : page) {
                    notifications.publish(new NewNotification(user, NotificationType.INSTAGRAM_REMINDER,
                            "Link your Instagram",
                            "Salons look for reach: link your Instagram account so your followers count.",
                            Optional.empty(), Optional.empty()));
                }
                return null;
            });
            sent += page.size();
            after = page.get(page.size() - 1);
        }
    }

    private boolean syncOne(SocialAccount account) {
        SocialProvider provider = providers.of(account.platform());
        Optional<ProviderTokens> stored = tokensOf(account);
        if (stored.isEmpty()) {
            return false;
        }
        ProviderTokens tokens = stored.get();
        ProfileAndStats read;
        try {
            read = provider.fetchProfileAndStats(tokens.accessToken());
        } catch (GrantRevoked expired) {
            if (!provider.canRefresh(tokens)) {
                throw expired;
            }
            tokens = refreshAndStore(account, provider, tokens);
            read = provider.fetchProfileAndStats(tokens.accessToken());
        }
        ProfileAndStats result = read;
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            snapshots.append(SocialLinkService.snapshotOf(account.id(), result, now));
            accounts.markSynced(account.id(), result.profile(), now);
            totals.recompute(account.userId(), now);
            return null;
        });
        return true;
    }

    private ProviderTokens refreshAndStore(SocialAccount account, SocialProvider provider, ProviderTokens tokens) {
        ProviderTokens renewed = provider.refresh(tokens);
        accounts.storeTokens(account.id(), vault.seal(account.id(), renewed), clock.instant());
        return renewed;
    }

    /** @return the account's decrypted tokens; empty (and the account marked for reconnect) when it has none */
    private Optional<ProviderTokens> tokensOf(SocialAccount account) {
        Optional<EncryptedTokens> sealed = accounts.tokens(account.id());
        if (sealed.isEmpty()) {
            requireReconnect(account);
            return Optional.empty();
        }
        return Optional.of(vault.open(account.id(), sealed.get()));
    }

    private void requireReconnect(SocialAccount account) {
        transactions.inTransaction(() -> {
            accounts.markStatus(account.id(), LinkStatus.RECONNECT_REQUIRED, clock.instant());
            notifications.publish(new NewNotification(account.userId(), NotificationType.SOCIAL_RECONNECT_REQUIRED,
                    "Reconnect your " + account.platform().key() + " account",
                    "Access to @" + account.profile().username() + " expired or was revoked; link it again to keep "
                            + "your stats up to date.",
                    Optional.empty(), Optional.of(account.id())));
            return null;
        });
        LOG.info("Social account {} ({}) needs reconnecting", account.id(), account.platform());
    }

    private static Outcome finish(Outcome outcome, String verb) {
        if (outcome.failed() > 0) {
            throw new PartialFailure(outcome.summary(verb));
        }
        return outcome;
    }
}
