package io.ensemble.admin;

import io.ensemble.connections.ConnectionCounts;
import io.ensemble.identity.User;
import io.ensemble.marketplace.OrderStatus;
import io.ensemble.profiles.Profile;
import io.ensemble.shared.audit.AuditRecord;
import io.ensemble.social.SocialAccount;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an admin sees of one user (seeds/001 §Admin {@code GET /users/:userId}; issue 20 §1): the account,
 * its profile, linked social accounts (no tokens), connection and order counts, and recent activity.
 *
 * @param profile empty when the user never saved one
 * @param orders order counts by status, the user being brand or creator
 * @param recentActivity the latest audit records about or by the user, newest first
 */
public record AdminUserDetail(User user, Optional<Profile> profile, List<SocialAccount> socialAccounts,
                              ConnectionCounts connections, Map<OrderStatus, Long> orders,
                              List<AuditRecord> recentActivity) {
    public AdminUserDetail {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(profile, "profile");
        socialAccounts = List.copyOf(socialAccounts);
        Objects.requireNonNull(connections, "connections");
        orders = Map.copyOf(orders);
        recentActivity = List.copyOf(recentActivity);
    }

    /** @return how many orders the user is a party of, whatever their status */
    public long totalOrders() {
        return orders.values().stream().mapToLong(Long::longValue).sum();
    }
}
