package io.ensemble.agency;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.identity.FindUsers;
import io.ensemble.notifications.NewNotification;
import io.ensemble.notifications.Notification;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.notifications.NotificationType;
import io.ensemble.shared.errors.Validator;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.outbox.OutboxEvent;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Admin-written notifications of issue 22 §1: {@code {title, message, userId? | role?}} to one active user,
 * every active account of a role, or (neither) everyone active. Each goes through the notifications context's
 * {@link NotificationPublisher} (type {@link NotificationType#ANNOUNCEMENT}, recipients' channel preferences
 * apply) and, when stored in-app, {@link AgencyOpsEvent.NotificationCreated} is written to the outbox in the
 * same transaction ({@code new_notification} to the recipient's sockets after commit).
 */
public final class AgencyNoticeService {
    /** Most recipients of one notification. */
    public static final int MAX_RECIPIENTS = 10_000;

    private final NotificationPublisher notifications;
    private final AgencyRecipients recipients;
    private final FindUsers users;
    private final Outbox outbox;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the ports. */
    public AgencyNoticeService(NotificationPublisher notifications, AgencyRecipients recipients, FindUsers users,
                               Outbox outbox, Transactions transactions, IdGenerator ids, Clock clock) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.recipients = Objects.requireNonNull(recipients, "recipients");
        this.users = Objects.requireNonNull(users, "users");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What was sent: how many accounts were addressed, and the in-app notifications stored. */
    public record Sent(int recipients, List<Notification> notifications) {
    }

    /**
     * Notifies the addressed accounts (ADMIN only).
     *
     * @throws io.ensemble.shared.errors.Forbidden for a non-admin
     * @throws io.ensemble.shared.errors.ValidationFailed naming {@code title} (1..200), {@code message}
     *     (1..1000), {@code userId} (unknown, inactive or malformed) or {@code role} (unknown, or given with userId)
     */
    public Sent send(Caller caller, String title, String message, String userId, String role) {
        AgencyAccess.requireAdmin(caller);
        Validator v = new Validator();
        if (v.required("title", title)) {
            v.maxLength("title", title, 200);
        }
        if (v.required("message", message)) {
            v.maxLength("message", message, 1000);
        }
        boolean hasUser = userId != null && !userId.isBlank();
        boolean hasRole = role != null && !role.isBlank();
        v.check(!(hasUser && hasRole), "role", "give userId or role, not both");
        Optional<Role> r = hasRole ? Role.parse(role) : Optional.empty();
        v.check(!hasRole || r.isPresent(), "role", "must be a known role");
        UUID user = hasUser ? uuid(v, userId) : null;
        v.throwIfInvalid();
        List<UUID> to;
        if (hasUser) {
            AgencyAccess.requireActiveUsers(users, "userId", List.of(user));
            to = List.of(user);
        } else {
            to = recipients.active(r, MAX_RECIPIENTS);
        }
        return transactions.inTransaction(() -> {
            List<Notification> stored = new ArrayList<>();
            for (UUID id : to) {
                notifications.publish(new NewNotification(id, NotificationType.ANNOUNCEMENT, title.strip(),
                        message.strip(), Optional.of(caller.userId()), Optional.empty())).ifPresent(n -> {
                            stored.add(n);
                            outbox.append(new OutboxEvent(ids.newId(), id,
                                    AgencyOpsEvent.NotificationCreated.of(n), clock.instant()));
                        });
            }
            return new Sent(to.size(), stored);
        });
    }

    private static UUID uuid(Validator v, String s) {
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            v.check(false, "userId", "must be a user id");
            return null;
        }
    }
}
