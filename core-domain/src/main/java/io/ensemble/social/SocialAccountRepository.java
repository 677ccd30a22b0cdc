package io.ensemble.social;

import io.ensemble.identity.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence port of linked social accounts (issue 6). One provider account
 * ({@code platform, providerAccountId}) belongs to at most one user.
 */
public interface SocialAccountRepository extends FindSocialAccounts {
    /**
     * Links the provider account to the user, or refreshes the user's existing link of it (profile,
     * link method, status back to ACTIVE; id and created time kept). Tokens are stored separately with
     * {@link #storeTokens}, encrypted under the returned id.
     *
     * @return the stored account; empty when another user has already linked this provider account
     */
    Optional<SocialAccount> link(AccountLink link);

    /** @return the account when it exists and belongs to {@code userId}; empty otherwise */
    Optional<SocialAccount> findOwned(UUID accountId, UUID userId);

    /** @return the account by id regardless of owner (jobs only); empty when unknown */
    Optional<SocialAccount> find(UUID accountId);

    /** @return the user's accounts, oldest link first */
    @Override
    List<SocialAccount> listForUser(UUID userId);

    /** Deletes the account (and its snapshots) when it belongs to {@code userId}. @return whether a row went */
    boolean deleteOwned(UUID accountId, UUID userId);

    /** Replaces the account's encrypted tokens, expiry and scopes. */
    void storeTokens(UUID accountId, EncryptedTokens tokens, Instant at);

    /** @return the account's encrypted tokens; empty when it has none (scraped accounts) */
    Optional<EncryptedTokens> tokens(UUID accountId);

    /** Sets the account's status (e.g. RECONNECT_REQUIRED after a revoked grant). */
    void markStatus(UUID accountId, LinkStatus status, Instant at);

    /** Records a successful sync: the profile as the provider now reports it, and {@code lastSyncedAt = at}. */
    void markSynced(UUID accountId, ProviderProfile profile, Instant at);

    /**
     * @return ACTIVE OAuth accounts whose access token expires before {@code before}, soonest first, at most
     *     {@code limit} (whether each can be refreshed is the provider's call: Instagram refreshes the
     *     long-lived access token itself, the others need a refresh token)
     */
    List<SocialAccount> tokensExpiringBefore(Instant before, int limit);

    /**
     * @return ACTIVE accounts linked by {@code method} not synced since {@code syncedBefore} (never-synced
     *     first, then oldest sync), at most {@code limit}
     */
    List<SocialAccount> dueForSync(LinkMethod method, Instant syncedBefore, int limit);

    /**
     * @return ids of users with role {@code role} who have no account on {@code platform}, after
     *     {@code afterUserId} (exclusive; null for the first page) in id order, at most {@code limit}
     */
    List<UUID> usersWithout(Platform platform, Role role, UUID afterUserId, int limit);
}
