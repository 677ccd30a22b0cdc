package io.ensemble.agency;

import io.ensemble.shared.outbox.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/**
 * Events of the agency's operations (issue 22 §1), written to the outbox in the transaction of the change and
 * relayed after commit to the recipient's sockets (room {@code user:{id}}) under {@link #socketEvent()}.
 */
public sealed interface AgencyOpsEvent extends DomainEvent {
    /** Socket event of {@link PayoutUpdated} (seeds/003 §Real-time Updates). */
    String PAYOUT_UPDATED = "payout_updated";
    /** Socket event of {@link NotificationCreated} (seeds/003 §Real-time Updates). */
    String NEW_NOTIFICATION = "new_notification";

    /** @return the seeds/003 socket event this is sent as */
    String socketEvent();

    /** A payout of the member was created or settled: {@code payout_updated {payoutId, status}}. */
    record PayoutUpdated(UUID payoutId, String status) implements AgencyOpsEvent {
        public PayoutUpdated {
            Objects.requireNonNull(payoutId, "payoutId");
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String socketEvent() {
            return PAYOUT_UPDATED;
        }
    }

    /**
     * An admin wrote the recipient a notification: relayed as {@code new_notification {notification: {id, title,
     * message, type, createdAt, read}}}. It carries the notification's text (an admin's announcement, not a
     * user's private data) so the relay needs no read-back; {@code read} is false, as it was just created.
     */
    record NotificationCreated(UUID id, String title, String message, String type, java.time.Instant createdAt)
            implements AgencyOpsEvent {
        public NotificationCreated {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(createdAt, "createdAt");
        }

        /** @return the event of a stored notification */
        public static NotificationCreated of(io.ensemble.notifications.Notification n) {
            return new NotificationCreated(n.id(), n.title(), n.body(), n.type().name(), n.createdAt());
        }

        @Override
        public String socketEvent() {
            return NEW_NOTIFICATION;
        }
    }
}
