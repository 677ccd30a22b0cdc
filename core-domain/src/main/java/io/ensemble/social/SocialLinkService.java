package io.ensemble.social;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.keys.SecretCipher;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth linking of social accounts (issue 6 §1; seeds/000 §Social Media OAuth, seeds/001 §TikTok OAuth):
 * start (authorization URL + single-use state bound to the user, 10 minutes, PKCE S256 where the
 * provider supports it), complete from the browser callback or from the app's exchange, list and unlink.
 * Completing exchanges the code, reads the profile and stats, then in one transaction links the
 * account (409 when another user has it), stores the tokens encrypted, appends a stats snapshot and
 * recomputes the user's totals. Provider calls happen before the transaction, so a provider failure
 * writes nothing.
 */
public final class SocialLinkService {
    /** How long a started authorization stays valid (issue 6 §1). */
    public static final Duration STATE_TTL = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(SocialLinkService.class);
    private static final int MAX_CODE = 4096;
    private static final int MAX_STATE = 512;

    private final SocialProviders providers;
    private final OAuthStateRepository states;
    private final SocialAccountRepository accounts;
    private final StatsSnapshotRepository snapshots;
    private final SocialTotals totals;
    private final TokenVault vault;
    private final SecretCipher cipher;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the use cases to their ports. */
    public SocialLinkService(SocialProviders providers, OAuthStateRepository states, SocialAccountRepository accounts,
                             StatsSnapshotRepository snapshots, SocialTotals totals, SecretCipher cipher,
                             Transactions transactions, IdGenerator ids, Clock clock) {
        this.providers = Objects.requireNonNull(providers, "providers");
        this.states = Objects.requireNonNull(states, "states");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.totals = Objects.requireNonNull(totals, "totals");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.vault = new TokenVault(cipher);
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts linking: stores a new state for the caller and returns the provider's authorization URL.
     *
     * @throws NotFound when the platform cannot be linked by OAuth
     * @throws Forbidden when the caller is a staff account (ADMIN, AGENT)
     * @throws io.ensemble.shared.errors.ProviderNotConfigured when the platform has no keys (503)
     */
    public AuthorizationStart startLink(Caller caller, Platform platform) {
        requireLinkingRole(caller);
        SocialProvider provider = providers.configured(platform);
        String state = OAuthSecrets.random();
        String verifier = OAuthSecrets.random();
        Optional<String> challenge = provider.usesPkce() ? Optional.of(OAuthSecrets.challenge(verifier))
                : Optional.empty();
        var url = provider.authorizationUrl(state, challenge);
        String hash = OAuthSecrets.hash(state);
        Instant now = clock.instant();
        states.save(new OAuthState(hash, caller.userId(), platform, cipher.encrypt(verifier, stateData(hash)),
                now.plus(STATE_TTL), now));
        return new AuthorizationStart(platform, url, state);
    }

    /**
     * Completes a link from the provider's browser redirect: the state names the user.
     *
     * @param error the provider's {@code error} parameter when the user declined or a scope was refused
     * @throws ValidationFailed {@code INVALID_STATE} when the state is unknown, used, expired or for another
     *     platform (nothing linked); field errors when code or state is missing
     * @throws ProviderRejected when the provider reported an error or refused the code
     * @throws Conflict {@code ACCOUNT_LINKED_ELSEWHERE} when another user has linked this provider account
     */
    public LinkedAccount completeFromCallback(Platform platform, String code, String state, Optional<String> error) {
        SocialProvider provider = providers.configured(platform);
        if (error.isPresent()) {
            if (state != null && !state.isBlank() && state.length() <= MAX_STATE) {
                states.consume(OAuthSecrets.hash(state), platform, clock.instant());
            }
            throw providerError(error.get());
        }
        validate(code, state);
        OAuthState pending = consume(platform, state);
        return complete(pending, provider, code);
    }

    /**
     * Completes a link from the app, which posts the code and the state it got from {@link #startLink}.
     *
     * @throws ValidationFailed {@code INVALID_STATE} when the state is unknown, used, expired, for another
     *     platform, or was started by another user (nothing linked)
     * @throws ProviderRejected when the provider refused the code or a scope
     * @throws Conflict {@code ACCOUNT_LINKED_ELSEWHERE} when another user has linked this provider account
     */
    public LinkedAccount completeFromApp(Caller caller, Platform platform, String code, String state) {
        requireLinkingRole(caller);
        SocialProvider provider = providers.configured(platform);
        validate(code, state);
        OAuthState pending = consume(platform, state);
        if (!pending.userId().equals(caller.userId())) {
            throw invalidState();
        }
        return complete(pending, provider, code);
    }

    /**
     * @return the caller's linked accounts (OAuth and scraped) with their latest snapshots, oldest link first
     * @throws Forbidden when the caller is a staff account (ADMIN, AGENT)
     */
    public List<LinkedAccount> listAccounts(Caller caller) {
        requireLinkingRole(caller);
        Map<UUID, StatsSnapshot> latest = snapshots.latestForUser(caller.userId()).stream()
                .collect(Collectors.toMap(StatsSnapshot::accountId, s -> s));
        List<LinkedAccount> out = new ArrayList<>();
        for (SocialAccount a : accounts.listForUser(caller.userId())) {
            out.add(new LinkedAccount(a, Optional.ofNullable(latest.get(a.id()))));
        }
        return out;
    }

    /**
     * Unlinks one of the caller's accounts (its tokens and snapshots go with it) and recomputes totals.
     *
     * @throws NotFound when the account does not exist or belongs to someone else
     */
    public void unlink(Caller caller, UUID accountId) {
        transactions.inTransaction(() -> {
            if (!accounts.deleteOwned(accountId, caller.userId())) {
                throw new NotFound("Social account not found.");
            }
            totals.recompute(caller.userId(), clock.instant());
            return null;
        });
    }

    /**
     * Staff accounts (ADMIN, AGENT) have no audience of their own and cannot link social accounts.
     *
     * @throws Forbidden for them
     */
    static void requireLinkingRole(Caller caller) {
        if (caller.role() == Role.ADMIN || caller.role() == Role.AGENT) {
            throw new Forbidden("Staff accounts cannot link social accounts.");
        }
    }

    private LinkedAccount complete(OAuthState pending, SocialProvider provider, String code) {
        String verifier = cipher.decrypt(pending.codeVerifier(), stateData(pending.stateHash()));
        ProviderTokens tokens = provider.exchangeCode(code,
                provider.usesPkce() ? Optional.of(verifier) : Optional.empty());
        ProfileAndStats read = provider.fetchProfileAndStats(tokens.accessToken());
        Instant now = clock.instant();
        LinkedAccount linked = transactions.inTransaction(() -> {
            SocialAccount account = accounts.link(new AccountLink(ids.newId(), pending.userId(), pending.platform(),
                            read.profile(), LinkMethod.OAUTH, now))
                    .orElseThrow(() -> new Conflict("ACCOUNT_LINKED_ELSEWHERE",
                            "This " + pending.platform().key() + " account is already linked to another user."));
            accounts.storeTokens(account.id(), vault.seal(account.id(), tokens), now);
            StatsSnapshot snapshot = snapshotOf(account.id(), read, now);
            snapshots.append(snapshot);
            accounts.markSynced(account.id(), read.profile(), now);
            totals.recompute(pending.userId(), now);
            return new LinkedAccount(accounts.find(account.id()).orElseThrow(), Optional.of(snapshot));
        });
        LOG.info("Linked social account {} ({}) to user {}", linked.account().id(), pending.platform(),
                pending.userId());
        return linked;
    }

    /** @return the snapshot of what a provider read reported (engagement unknown for OAuth reads) */
    static StatsSnapshot snapshotOf(UUID accountId, ProfileAndStats read, Instant at) {
        return new StatsSnapshot(accountId, read.followers(), read.following(), read.posts(), OptionalDouble.empty(),
                at);
    }

    private OAuthState consume(Platform platform, String state) {
        return states.consume(OAuthSecrets.hash(state), platform, clock.instant()).orElseThrow(this::invalidState);
    }

    private ValidationFailed invalidState() {
        return new ValidationFailed("INVALID_STATE",
                "The authorization state is unknown, expired or already used; start linking again.");
    }

    private static ProviderRejected providerError(String error) {
        return switch (error) {
            case "access_denied" -> new ProviderRejected(ProviderRejected.ACCESS_DENIED,
                    "Access was declined at the provider; start linking again and allow access.");
            case "invalid_scope" -> new ProviderRejected(ProviderRejected.SCOPE_NOT_GRANTED,
                    "The provider refused the requested permissions (invalid_scope).");
            default -> new ProviderRejected(ProviderRejected.CODE_REJECTED,
                    "The provider reported an error; start linking again.");
        };
    }

    private static void validate(String code, String state) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || code.isBlank() || code.length() > MAX_CODE) {
            errors.add(new FieldError("code", "code is required (at most " + MAX_CODE + " characters)"));
        }
        if (state == null || state.isBlank() || state.length() > MAX_STATE) {
            errors.add(new FieldError("state", "state is required (at most " + MAX_STATE + " characters)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private static String stateData(String hash) {
        return OAuthState.associatedData(hash);
    }
}
