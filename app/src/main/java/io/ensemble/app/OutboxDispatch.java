package io.ensemble.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.messaging.MessagingService;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.notifications.NotificationService;
import io.ensemble.notifications.OfflineMessageNotifier;
import io.ensemble.notifications.OutboxNotificationPublisher;
import io.ensemble.shared.OutboxEvent;
import io.ensemble.shared.OutboxRelay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox relay's {@link OutboxRelay.Handler}: socket events of seeds/001 §Notification Events
 * ({@code notification_received}, {@code notification_read}, {@code notification_deleted}) go to
 * room {@code user:{recipientId}} on the {@link RealtimeBus} with the stored JSON payload as data;
 * messaging's {@code message_stored} goes to the {@link OfflineMessageNotifier} (inside the relay's
 * transaction, so the notification commits with the event being marked relayed); {@code message_announced}
 * (an order's system message) is published live by the messaging context. Unknown types are
 * logged and skipped so they cannot block the queue.
 */
public final class OutboxDispatch implements OutboxRelay.Handler {
    /** Event types relayed as they are to the recipient's user room. */
    static final Set<String> USER_ROOM_EVENTS = Set.of(OutboxNotificationPublisher.NOTIFICATION_RECEIVED,
            NotificationService.NOTIFICATION_READ, NotificationService.NOTIFICATION_DELETED);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatch.class);

    private final RealtimeBus bus;
    private final OfflineMessageNotifier offline;
    private final Consumer<UUID> announcer;
    private final ObjectMapper json;

    /**
     * @param bus where socket events are published (the node's publisher: local, or Redis to every node)
     * @param announcer publishes a stored chat message by id ({@code MessagingService::announce})
     * @param json parses the stored payloads
     */
    public OutboxDispatch(RealtimeBus bus, OfflineMessageNotifier offline, Consumer<UUID> announcer, ObjectMapper json) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.offline = Objects.requireNonNull(offline, "offline");
        this.announcer = Objects.requireNonNull(announcer, "announcer");
        this.json = Objects.requireNonNull(json, "json");
    }

    /** @throws UncheckedIOException for an unreadable payload (the batch is retried, then logged again) */
    @Override
    public void deliver(OutboxEvent event) {
        if (USER_ROOM_EVENTS.contains(event.type())) {
            bus.publish(RealtimeBus.userRoom(event.recipientId()), event.type(), payload(event));
        } else if (MessagingService.MESSAGE_STORED.equals(event.type())) {
            JsonNode p = payload(event);
            offline.messageStored(event.recipientId(), UUID.fromString(p.path("conversationId").asText()),
                    UUID.fromString(p.path("senderId").asText()));
        } else if (MessagingService.MESSAGE_ANNOUNCED.equals(event.type())) {
            announcer.accept(UUID.fromString(payload(event).path("messageId").asText()));
        } else {
            LOG.warn("outbox event {} of unknown type {} skipped", event.id(), event.type());
        }
    }

    private JsonNode payload(OutboxEvent event) {
        try {
            return json.readTree(event.payload());
        } catch (IOException e) {
            throw new UncheckedIOException("outbox event " + event.id() + " has an unreadable payload", e);
        }
    }
}
