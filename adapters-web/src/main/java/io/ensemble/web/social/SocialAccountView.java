package io.ensemble.web.social;

import io.ensemble.social.LinkStatus;
import io.ensemble.social.LinkedAccount;
import io.ensemble.social.SocialAccount;
import io.ensemble.social.StatsSnapshot;
import java.time.Instant;
import java.util.List;

/**
 * A linked social account as the API shows it (seeds/000 §GET /api/social/accounts fields plus issue 6's
 * stats): {@code {id, platform, username, displayName, avatarUrl, profileUrl, linkMethod, status,
 * isConnected, connectedAt, lastSyncedAt, scopes, stats|null}}. Never carries tokens.
 */
public record SocialAccountView(String id, String platform, String username, String displayName, String avatarUrl,
                                String profileUrl, String linkMethod, String status, boolean isConnected,
                                Instant connectedAt, Instant lastSyncedAt, List<String> scopes, StatsView stats) {
    /**
     * Latest stats: {@code {followers, following|null, posts|null, engagementRate|null (percent), takenAt}}.
     */
    public record StatsView(long followers, Long following, Long posts, Double engagementRate, Instant takenAt) {
        static StatsView of(StatsSnapshot s) {
            return new StatsView(s.followers(),
                    s.following().isPresent() ? s.following().getAsLong() : null,
                    s.posts().isPresent() ? s.posts().getAsLong() : null,
                    s.engagementRate().isPresent() ? s.engagementRate().getAsDouble() : null, s.takenAt());
        }
    }

    /** @return the view of a linked account and its latest snapshot */
    public static SocialAccountView of(LinkedAccount linked) {
        SocialAccount a = linked.account();
        return new SocialAccountView(a.id().toString(), a.platform().key(), a.profile().username(),
                a.profile().displayName().orElse(null), a.profile().avatarUrl().orElse(null), ProfileUrls.of(a),
                a.linkMethod().name(), a.status().name(), a.status() == LinkStatus.ACTIVE, a.createdAt(),
                a.lastSyncedAt().orElse(null), a.scopes(), linked.latest().map(StatsView::of).orElse(null));
    }
}
