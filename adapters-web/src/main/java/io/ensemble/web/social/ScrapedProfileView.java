package io.ensemble.web.social;

import io.ensemble.social.ScrapeCache;
import io.ensemble.social.ScrapedProfile;
import java.util.List;

/**
 * A public profile lookup ({@code GET /instagram/profile/:username}, {@code /tiktok/profile/:username}):
 * counts, engagement rate (percent), recent posts, and {@code fetchedAt}, when the scrape was made (up to
 * 7 days ago when served from the cache).
 */
public record ScrapedProfileView(String platform, String username, String displayName, String profilePicture,
                                 String bio, long followersCount, long followingCount, long postsCount,
                                 double engagementRate, boolean verified, boolean isPrivate,
                                 List<ScrapedPostView> recentPosts, String fetchedAt) {
    /** @return the view of a cached scrape */
    public static ScrapedProfileView of(ScrapeCache.CachedScrape scrape) {
        ScrapedProfile p = scrape.profile();
        return new ScrapedProfileView(p.platform().name(), p.username(), p.displayName(), p.avatarUrl(), p.bio(),
                p.followers(), p.following(), p.posts(), p.engagementRate(), p.verified(), p.privateAccount(),
                p.recentPosts().stream().map(ScrapedPostView::of).toList(), scrape.fetchedAt().toString());
    }
}
