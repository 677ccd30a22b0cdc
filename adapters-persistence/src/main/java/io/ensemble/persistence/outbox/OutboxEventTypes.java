package io.ensemble.persistence.outbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.ensemble.messaging.MessagingEvent;
import io.ensemble.notifications.NotificationEvent;
import io.ensemble.shared.outbox.DomainEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event types the outbox stores: the stored type name of each domain event record (the names
 * rows already carry; the notification ones are also their seeds/001 socket event names). Adding an
 * event to a context's sealed interface means adding its line here; {@code OutboxCodecTest} fails
 * until it is.
 */
final class OutboxEventTypes {
    /** Stored type name → record class, in declaration order. */
    static final Map<String, Class<? extends DomainEvent>> BY_NAME = byName();
    /** Each context's sealed event interface: every record it permits must be in {@link #BY_NAME}. */
    static final List<Class<? extends DomainEvent>> ROOTS = List.of(NotificationEvent.class, MessagingEvent.class,
            io.ensemble.marketplace.OrderEvent.class, io.ensemble.identity.IdentityEvent.class,
            io.ensemble.connections.ConnectionEvent.class, io.ensemble.events.EventActivity.class,
            io.ensemble.payments.PaymentActivity.class, io.ensemble.profiles.ProfileEvent.class,
            io.ensemble.moderation.ModerationEvent.class, io.ensemble.privacy.PrivacyEvent.class,
            io.ensemble.agency.AgencyOpsEvent.class, io.ensemble.support.SupportEvent.class,
            io.ensemble.agency.TaskEvent.class);

    private OutboxEventTypes() {
    }

    private static Map<String, Class<? extends DomainEvent>> byName() {
        Map<String, Class<? extends DomainEvent>> types = new LinkedHashMap<>();
        types.put(NotificationEvent.RECEIVED, NotificationEvent.Received.class);
        types.put(NotificationEvent.READ, NotificationEvent.Read.class);
        types.put(NotificationEvent.DELETED, NotificationEvent.Deleted.class);
        types.put("message_stored", MessagingEvent.MessageStored.class);
        types.put("message_announced", MessagingEvent.MessageAnnounced.class);
        types.put("order_placed", io.ensemble.marketplace.OrderEvent.Placed.class);
        types.put("order_transitioned", io.ensemble.marketplace.OrderEvent.Transitioned.class);
        types.put("user_created", io.ensemble.identity.IdentityEvent.UserCreated.class);
        types.put("user_verified", io.ensemble.identity.IdentityEvent.UserVerified.class);
        types.put("connection_requested", io.ensemble.connections.ConnectionEvent.Requested.class);
        types.put("connection_accepted", io.ensemble.connections.ConnectionEvent.Accepted.class);
        types.put("event_created", io.ensemble.events.EventActivity.Created.class);
        types.put("event_rsvp", io.ensemble.events.EventActivity.Rsvped.class);
        types.put("payment_succeeded", io.ensemble.payments.PaymentActivity.Succeeded.class);
        types.put("payment_refunded", io.ensemble.payments.PaymentActivity.Refunded.class);
        types.put("message_removed", MessagingEvent.MessageRemoved.class);
        types.put("user_suspended", io.ensemble.identity.IdentityEvent.UserSuspended.class);
        types.put("user_unsuspended", io.ensemble.identity.IdentityEvent.UserUnsuspended.class);
        types.put("user_deleted", io.ensemble.privacy.PrivacyEvent.UserDeleted.class);
        types.put("profile_updated", io.ensemble.profiles.ProfileEvent.Updated.class);
        types.put("message_sent_feed", MessagingEvent.MessageSent.class);
        types.put("payout_paid", io.ensemble.payments.PaymentActivity.PayoutPaid.class);
        types.put("payout_failed", io.ensemble.payments.PaymentActivity.PayoutFailed.class);
        types.put("ticket_purchased", io.ensemble.events.EventActivity.TicketPurchased.class);
        types.put("ticket_refunded", io.ensemble.events.EventActivity.TicketRefunded.class);
        types.put("report_filed", io.ensemble.moderation.ModerationEvent.ReportFiled.class);
        types.put("message_mentioned", MessagingEvent.Mentioned.class);
        types.put("payout_updated", io.ensemble.agency.AgencyOpsEvent.PayoutUpdated.class);
        types.put("new_notification", io.ensemble.agency.AgencyOpsEvent.NotificationCreated.class);
        types.put("support_ticket_changed", io.ensemble.support.SupportEvent.TicketChanged.class);
        types.put("task_created", io.ensemble.agency.TaskEvent.Created.class);
        types.put("task_updated", io.ensemble.agency.TaskEvent.Updated.class);
        return Collections.unmodifiableMap(types);
    }

    /**
     * Payload shape of {@link NotificationEvent.Read} as clients know it: {@code {notificationId, readAt}}
     * for one notification, {@code {all: true, readAt}} for all of them.
     */
    @JsonIgnoreProperties(value = "all", allowGetters = true)
    abstract static class ReadShape {
        @JsonProperty("all")
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean all();
    }
}
