package io.ensemble.web.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ensemble.admin.AdminUserDetail;
import io.ensemble.profiles.PublicProfile;
import io.ensemble.social.SocialAccount;
import io.ensemble.web.audit.ActivityLogView;
import io.ensemble.web.profiles.ProfileViews;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One user as an admin sees them (seeds/001 §Admin {@code GET /users/:userId}; issue 20 §1): {@code {user,
 * profile|null, socialAccounts: [...], connections: {accepted, pendingSent, pendingReceived}, orders: {total,
 * byStatus: {PAID: n, ...}}, recentActivity: [activity-log entries, newest first]}}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AdminUserDetailView(AdminUserView user,
                                  ProfileViews.Public profile,
                                  List<SocialAccountSummary> socialAccounts, ConnectionCountsView connections,
                                  OrderCountsView orders, List<ActivityLogView> recentActivity) {

    /** A linked social account without tokens: {@code {id, platform, username, linkMethod, status, lastSyncedAt|null, createdAt}}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SocialAccountSummary(String id, String platform, String username, String linkMethod, String status,
                                       Instant lastSyncedAt, Instant createdAt) {
        static SocialAccountSummary of(SocialAccount a) {
            return new SocialAccountSummary(a.id().toString(), a.platform().key(), a.profile().username(),
                    a.linkMethod().name().toLowerCase(Locale.ROOT), a.status().name().toLowerCase(Locale.ROOT),
                    a.lastSyncedAt().orElse(null), a.createdAt());
        }
    }

    /** Connection requests by state. */
    public record ConnectionCountsView(long accepted, long pendingSent, long pendingReceived) {
    }

    /** Orders the user is a party of: the total and the count per status (statuses with none left out). */
    public record OrderCountsView(long total, Map<String, Long> byStatus) {
    }

    /** @return the view of {@code d} */
    public static AdminUserDetailView of(AdminUserDetail d) {
        Map<String, Long> byStatus = new TreeMap<>();
        d.orders().forEach((status, n) -> byStatus.put(status.name(), n));
        var c = d.connections();
        return new AdminUserDetailView(AdminUserView.of(d.user()),
                d.profile().map(p -> ProfileViews.Public.of(PublicProfile.of(p))).orElse(null),
                d.socialAccounts().stream().map(SocialAccountSummary::of).toList(),
                new ConnectionCountsView(c.accepted(), c.pendingSent(), c.pendingReceived()),
                new OrderCountsView(d.totalOrders(), byStatus),
                d.recentActivity().stream().map(ActivityLogView::of).toList());
    }
}
