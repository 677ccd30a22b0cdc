package io.ensemble.social;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A social account linked to a user (issue 6). Deliberately carries no tokens: those are read only
 * through {@link SocialAccountRepository#tokens} and decrypted where they are used, so an account can be
 * rendered or logged safely.
 *
 * @param profile who the account is at the provider
 * @param tokenExpiresAt when the access token expires (OAuth only)
 * @param scopes scopes granted at the provider (OAuth only; empty for scraped accounts)
 * @param lastSyncedAt when stats were last fetched
 */
public record SocialAccount(UUID id, UUID userId, Platform platform, ProviderProfile profile, LinkMethod linkMethod,
                            LinkStatus status, Optional<Instant> tokenExpiresAt, List<String> scopes,
                            Optional<Instant> lastSyncedAt, Instant createdAt, Instant updatedAt) {
    /** @throws NullPointerException when a component is null */
    public SocialAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(linkMethod, "linkMethod");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(tokenExpiresAt, "tokenExpiresAt");
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(lastSyncedAt, "lastSyncedAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** @return whether {@code userId} owns this account */
    public boolean ownedBy(UUID user) {
        return userId.equals(user);
    }
}
