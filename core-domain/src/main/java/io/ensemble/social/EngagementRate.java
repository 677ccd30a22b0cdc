package io.ensemble.social;

import java.util.List;

/**
 * Engagement rate of recent posts, the usual influencer-marketing definition: the mean of
 * {@code (likes + comments)} per post divided by followers, in percent, rounded to 2 decimals and capped
 * to 0..100 (the range seeds/004 stores). 0 when there are no posts or no followers.
 */
public final class EngagementRate {
    private EngagementRate() {
    }

    /**
     * @param followers follower count, {@code >= 0}
     * @param posts recent posts
     * @return the rate in percent, 0..100
     */
    public static double of(long followers, List<ScrapedPost> posts) {
        if (followers <= 0 || posts.isEmpty()) {
            return 0;
        }
        double meanInteractions = posts.stream().mapToLong(ScrapedPost::interactions).average().orElse(0);
        double rate = meanInteractions * 100.0 / followers;
        return Math.min(100.0, Math.round(rate * 100.0) / 100.0);
    }
}
