package io.ensemble.web.social;

import io.ensemble.social.ScrapedAccount;
import io.ensemble.social.SocialAccount;
import io.ensemble.social.StatsSnapshot;
import java.util.List;

/**
 * A linked, scraped account (seeds/001 {@code SocialMediaAccount}): {@code id, platform, username,
 * displayName, profilePicture, linkMethod, status, followersCount, followingCount, postsCount,
 * engagementRate (percent), lastScrapedAt, createdAt, recentPosts}. Counts come from the latest stats
 * snapshot (null before the first); never carries tokens.
 */
public record ScrapedAccountView(String id, String platform, String username, String displayName,
                                 String profilePicture, String linkMethod, String status, Long followersCount,
                                 Long followingCount, Long postsCount, Double engagementRate, String lastScrapedAt,
                                 String createdAt, List<ScrapedPostView> recentPosts) {
    /** @return the view of {@code a} */
    public static ScrapedAccountView of(ScrapedAccount a) {
        SocialAccount acc = a.account();
        StatsSnapshot s = a.latest().orElse(null);
        return new ScrapedAccountView(acc.id().toString(), acc.platform().name(), acc.profile().username(),
                acc.profile().displayName().orElse(null), acc.profile().avatarUrl().orElse(null),
                acc.linkMethod().name(), acc.status().name(), s == null ? null : s.followers(),
                s == null || s.following().isEmpty() ? null : s.following().getAsLong(),
                s == null || s.posts().isEmpty() ? null : s.posts().getAsLong(),
                s == null || s.engagementRate().isEmpty() ? null : s.engagementRate().getAsDouble(),
                acc.lastSyncedAt().map(Object::toString).orElse(null), acc.createdAt().toString(),
                a.scrape().map(c -> c.profile().recentPosts().stream().map(ScrapedPostView::of).toList())
                        .orElse(List.of()));
    }
}
