package io.ensemble.admin;

import io.ensemble.audit.AuditService;
import io.ensemble.connections.ConnectionAdministration;
import io.ensemble.identity.Caller;
import io.ensemble.identity.User;
import io.ensemble.identity.UserAdministration;
import io.ensemble.marketplace.OrderCounts;
import io.ensemble.profiles.FindProfiles;
import io.ensemble.social.FindSocialAccounts;
import java.util.Objects;
import java.util.UUID;

/**
 * Composes the admin user detail (seeds/001 §Admin {@code GET /users/:userId}; issue 20 §1) from each
 * owning context's use case or read port: identity (the account, which checks the ADMIN role and answers
 * 404 for an unknown id), profiles, social, connections, marketplace and the audit trail.
 */
public final class AdminUserDetails {
    /** How many audit records the detail shows as recent activity. */
    public static final int RECENT_ACTIVITY = 20;

    private final UserAdministration users;
    private final FindProfiles profiles;
    private final FindSocialAccounts socialAccounts;
    private final ConnectionAdministration connections;
    private final OrderCounts orders;
    private final AuditService audit;

    public AdminUserDetails(UserAdministration users, FindProfiles profiles, FindSocialAccounts socialAccounts,
                            ConnectionAdministration connections, OrderCounts orders, AuditService audit) {
        this.users = Objects.requireNonNull(users, "users");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.socialAccounts = Objects.requireNonNull(socialAccounts, "socialAccounts");
        this.connections = Objects.requireNonNull(connections, "connections");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * @return everything an admin sees of {@code userId}
     * @throws io.ensemble.shared.errors.Forbidden when the caller is not an ADMIN
     * @throws io.ensemble.shared.errors.NotFound when no such account exists
     */
    public AdminUserDetail detail(Caller admin, UUID userId) {
        User user = users.user(admin, userId);
        return new AdminUserDetail(user, profiles.find(userId), socialAccounts.listForUser(userId),
                connections.counts(admin, userId), orders.countsByStatus(userId),
                audit.recentActivity(admin, userId, RECENT_ACTIVITY));
    }
}
