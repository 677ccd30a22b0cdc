package io.ensemble.social;

import java.util.Objects;
import java.util.Optional;

/**
 * Who an account is at its provider, as the provider (or scraper) reports it.
 *
 * @param providerAccountId the provider's stable id of the account (Instagram user id, TikTok open_id,
 *     YouTube channel id, Twitch user id, Spotify user id); non-blank
 * @param username handle without a leading {@code @}; non-blank
 * @param displayName display name when the provider has one
 * @param avatarUrl profile picture URL when the provider has one
 */
public record ProviderProfile(String providerAccountId, String username, Optional<String> displayName,
                              Optional<String> avatarUrl) {
    /** @throws IllegalArgumentException when the id or username is blank */
    public ProviderProfile {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(avatarUrl, "avatarUrl");
        if (providerAccountId == null || providerAccountId.isBlank() || username == null || username.isBlank()) {
            throw new IllegalArgumentException("providerAccountId and username are required");
        }
    }
}
