package io.ensemble.social;

import java.util.List;
import java.util.Objects;

/**
 * A public profile as a {@link ProfileScraper} returned it (seeds/001 §Apify Instagram/TikTok Service).
 *
 * @param platform INSTAGRAM or TIKTOK
 * @param username the normalised user name (lower case, no {@code @})
 * @param providerAccountId the platform's stable user id when the scraper gave one, else the user name
 * @param displayName full name / nickname; empty when none
 * @param avatarUrl profile picture URL; empty when none
 * @param bio biography; empty when none
 * @param followers followers, {@code >= 0}
 * @param following accounts followed, {@code >= 0}
 * @param posts total posts or videos on the profile, {@code >= 0}
 * @param verified whether the platform shows a verified badge
 * @param privateAccount whether the profile is private (then {@code recentPosts} is usually empty)
 * @param recentPosts the most recent posts, newest first
 */
public record ScrapedProfile(Platform platform, String username, String providerAccountId, String displayName,
                             String avatarUrl, String bio, long followers, long following, long posts,
                             boolean verified, boolean privateAccount, List<ScrapedPost> recentPosts) {
    /** @throws IllegalArgumentException when a counter is negative or the user name is blank */
    public ScrapedProfile {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(username, "username");
        providerAccountId = providerAccountId == null || providerAccountId.isBlank() ? username : providerAccountId;
        displayName = displayName == null ? "" : displayName;
        avatarUrl = avatarUrl == null ? "" : avatarUrl;
        bio = bio == null ? "" : bio;
        recentPosts = List.copyOf(Objects.requireNonNull(recentPosts, "recentPosts"));
        if (username.isBlank() || followers < 0 || following < 0 || posts < 0) {
            throw new IllegalArgumentException("profile needs a user name and non-negative counters");
        }
    }

    /** @return the engagement rate of {@link #recentPosts()} against {@link #followers()}, percent */
    public double engagementRate() {
        return EngagementRate.of(followers, recentPosts);
    }
}
