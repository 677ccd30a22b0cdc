package io.ensemble.social;

import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Use cases of Instagram and TikTok accounts linked by public user name through a {@link ProfileScraper}
 * (seeds/001 §Social Media "Public Scraping via Apify"; issue 6 §2-3): connect, manual sync (limited per
 * account), read, disconnect, public lookups, and the nightly resync. Every connect and sync appends a
 * {@link StatsSnapshot} and recomputes the owner's {@link SocialTotals} (profile totals, discovery's follower
 * filters). Accounts belong to their user: another user's id answers 404. Scraping happens
 * outside transactions; the link, snapshot and sync mark are written together afterwards.
 */
public final class ScrapedAccountService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScrapedAccountService.class);
    private final ProfileLookup lookup;
    private final SocialAccountRepository accounts;
    private final StatsSnapshotRepository snapshots;
    private final SyncAttempts attempts;
    private final ScrapeCache cache;
    private final SocialTotals totals;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final ScrapeSettings settings;

    /** Wires the use cases to their ports. */
    public ScrapedAccountService(ProfileLookup lookup, SocialAccountRepository accounts,
                                 StatsSnapshotRepository snapshots, SyncAttempts attempts, ScrapeCache cache,
                                 SocialTotals totals, Transactions transactions, IdGenerator ids, Clock clock, ScrapeSettings settings) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.totals = Objects.requireNonNull(totals, "totals");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Public profile lookup ({@code GET /instagram/profile/:username}, {@code /tiktok/profile/:username},
     * {@code /tiktok/videos/:username}), served from the 7-day cache when fresh.
     *
     * @param username what the client sent; validated before any call
     * @return the scrape and when it was fetched
     * @throws ValidationFailed when the user name breaks the platform's rules (nothing is called)
     * @throws NotFound when the platform has no such profile
     */
    public ScrapeCache.CachedScrape lookUp(Caller caller, Platform platform, String username) {
        Objects.requireNonNull(caller, "caller");
        return lookup.cached(platform, ScrapeUsername.normalise(platform, username, "username"));
    }

    /**
     * Links a public profile to the caller ({@code POST /instagram/connect}, {@code /tiktok/connect-public})
     * and stores a first snapshot. Linking the same profile again refreshes the caller's existing link.
     *
     * @return the linked account with its snapshot and scrape
     * @throws Forbidden for staff accounts (ADMIN, AGENT), before any call
     * @throws ValidationFailed when the user name is invalid (nothing called, nothing written)
     * @throws Conflict when another user has already linked this profile (nothing written)
     * @throws NotFound when the platform has no such profile
     */
    public ScrapedAccount connect(Caller caller, Platform platform, String username) {
        if (!caller.role().selfAssignable()) {
            throw new Forbidden("Staff accounts cannot link social media accounts.");
        }
        String name = ScrapeUsername.normalise(platform, username, "username");
        ScrapeCache.CachedScrape scrape = lookup.cached(platform, name);
        ScrapedProfile p = scrape.profile();
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            SocialAccount account = accounts.link(new AccountLink(ids.newId(), caller.userId(), platform,
                            providerProfile(p), LinkMethod.SCRAPE, now))
                    .orElseThrow(() -> new Conflict("This " + platform.key() + " account is already linked to another user."));
            return record(account, scrape, now);
        });
    }

    /**
     * Manual sync ({@code POST /instagram/sync}, {@code /tiktok/public/sync}): scrapes the account now,
     * bypassing the cache, and stores a snapshot. At most {@link ScrapeSettings#manualSyncLimit()} per
     * account per window; a refused attempt calls nothing, a failed scrape still counts.
     *
     * @param accountId the account to sync; may be empty when the caller linked exactly one on this platform
     * @throws NotFound when the account is not the caller's scraped account on this platform
     * @throws ValidationFailed when no id is given and the caller linked several accounts on the platform
     * @throws RateLimited when the limit is reached, with the seconds until a slot frees
     */
    public ScrapedAccount sync(Caller caller, Platform platform, Optional<UUID> accountId) {
        SocialAccount account = accountId.map(id -> owned(caller, platform, id)).orElseGet(() -> only(caller, platform));
        Instant now = clock.instant();
        Optional<Instant> retryAt = attempts.tryRecord(account.id(), now, settings.manualSyncWindow(),
                settings.manualSyncLimit());
        if (retryAt.isPresent()) {
            long seconds = (long) Math.ceil(Duration.between(now, retryAt.get()).toMillis() / 1000.0);
            throw new RateLimited("This account can be synced " + settings.manualSyncLimit() + " times per "
                    + settings.manualSyncWindow().toMinutes() + " minutes; try again later.", seconds);
        }
        return resync(account, lookup.fresh(platform, account.profile().username()));
    }

    /**
     * @return the caller's scraped account on {@code platform} with its latest snapshot and cached posts
     * @throws NotFound when it is another user's, another platform's, not scraped, or unknown
     */
    public ScrapedAccount get(Caller caller, Platform platform, UUID accountId) {
        SocialAccount account = owned(caller, platform, accountId);
        return new ScrapedAccount(account, snapshots.latest(account.id()),
                cache.find(platform, account.profile().username()));
    }

    /**
     * Unlinks the caller's scraped account (its snapshots go with it).
     *
     * @throws NotFound when it is another user's, another platform's, not scraped, or unknown
     */
    public void disconnect(Caller caller, Platform platform, UUID accountId) {
        transactions.run(() -> {
            owned(caller, platform, accountId);
            accounts.deleteOwned(accountId, caller.userId());
            totals.recompute(caller.userId(), clock.instant());
        });
    }

    /**
     * Nightly resync (job {@code social-scrape-sync}): every ACTIVE scraped account not synced within the
     * cache TTL, oldest first, served from the cache when someone looked it up recently. One account's
     * failure does not stop the others.
     *
     * @return how many accounts were synced and how many failed
     */
    public NightlySync syncDue() {
        Instant now = clock.instant();
        List<SocialAccount> due = accounts.dueForSync(LinkMethod.SCRAPE, now.minus(settings.cacheTtl()),
                settings.nightlyBatch());
        int synced = 0;
        int failed = 0;
        for (SocialAccount account : due) {
            try {
                resync(account, lookup.cached(account.platform(), account.profile().username()));
                synced++;
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("Nightly scrape of account {} failed: {}", account.id(), e.getMessage());
            }
        }
        return new NightlySync(synced, failed);
    }

    private ScrapedAccount resync(SocialAccount account, ScrapeCache.CachedScrape scrape) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> record(account, scrape, now));
    }

    private ScrapedAccount record(SocialAccount account, ScrapeCache.CachedScrape scrape, Instant now) {
        ScrapedProfile p = scrape.profile();
        StatsSnapshot snapshot = new StatsSnapshot(account.id(), p.followers(), OptionalLong.of(p.following()),
                OptionalLong.of(p.posts()), OptionalDouble.of(p.engagementRate()), now);
        snapshots.append(snapshot);
        accounts.markSynced(account.id(), providerProfile(p), now);
        totals.recompute(account.userId(), now);
        SocialAccount synced = accounts.find(account.id()).orElse(account);
        return new ScrapedAccount(synced, Optional.of(snapshot), Optional.of(scrape));
    }

    private SocialAccount owned(Caller caller, Platform platform, UUID accountId) {
        return accounts.findOwned(accountId, caller.userId())
                .filter(a -> a.platform() == platform && a.linkMethod() == LinkMethod.SCRAPE)
                .orElseThrow(() -> new NotFound("No linked " + platform.key() + " account with this id."));
    }

    private SocialAccount only(Caller caller, Platform platform) {
        List<SocialAccount> mine = accounts.listForUser(caller.userId()).stream()
                .filter(a -> a.platform() == platform && a.linkMethod() == LinkMethod.SCRAPE).toList();
        if (mine.isEmpty()) {
            throw new NotFound("You have no " + platform.key() + " account linked by username.");
        }
        if (mine.size() > 1) {
            throw new ValidationFailed(List.of(new io.ensemble.shared.errors.FieldError("accountId",
                    "is required when several " + platform.key() + " accounts are linked")));
        }
        return mine.get(0);
    }

    private static ProviderProfile providerProfile(ScrapedProfile p) {
        return new ProviderProfile(p.providerAccountId(), p.username(),
                p.displayName().isEmpty() ? Optional.empty() : Optional.of(p.displayName()),
                p.avatarUrl().isEmpty() ? Optional.empty() : Optional.of(p.avatarUrl()));
    }

    /** Outcome of one nightly run. @param synced accounts resynced @param failed accounts whose scrape failed */
    public record NightlySync(int synced, int failed) {
    }
}
