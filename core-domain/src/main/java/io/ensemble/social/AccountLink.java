package io.ensemble.social;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Command to link (or re-link) a provider account to a user; see {@link SocialAccountRepository#link}.
 *
 * @param newId the id used when the account is new; an existing link of the same user keeps its id
 * @param at when the link happens (created/updated time)
 */
public record AccountLink(UUID newId, UUID userId, Platform platform, ProviderProfile profile, LinkMethod linkMethod,
                          Instant at) {
    /** @throws NullPointerException when a component is null */
    public AccountLink {
        Objects.requireNonNull(newId, "newId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(linkMethod, "linkMethod");
        Objects.requireNonNull(at, "at");
    }
}
