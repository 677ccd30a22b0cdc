package io.ensemble.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.messaging.MessagingEvent;
import io.ensemble.notifications.NewNotification;
import io.ensemble.notifications.NotificationEvent;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.notifications.NotificationType;
import io.ensemble.notifications.OfflineMessageNotifier;
import io.ensemble.persistence.outbox.OutboxCodec;
import io.ensemble.shared.outbox.DomainEvent;
import io.ensemble.shared.outbox.OutboxEvent;
import io.ensemble.shared.outbox.UnreadableEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxHandlersTest {
    private static final Instant NOW = Instant.parse("2026-12-07T21:30:00Z");
    private final UUID recipient = UUID.randomUUID();
    private final List<String> published = new ArrayList<>();
    private final List<NewNotification> notified = new ArrayList<>();
    private final List<UUID> announced = new ArrayList<>();
    private final OutboxHandlers standard = new io.ensemble.app.wiring.SupportWiring.Push(id -> Optional.empty(),
            (room, event, payload) -> published.add(room + " " + event + " " + payload)).registerOn(
            RelayedEffects.handlers(
            (room, event, payload) -> published.add(room + " " + event + " " + payload),
            new OfflineMessageNotifier(userId -> false, userId -> Optional.of("member@example.com"),
                    new NotificationPublisher() {
                        @Override
                        public Optional<io.ensemble.notifications.Notification> publish(NewNotification n) {
                            notified.add(n);
                            return Optional.empty();
                        }

                        @Override
                        public Optional<io.ensemble.notifications.Notification> publishCollapsed(NewNotification n) {
                            return publish(n);
                        }
                    }),
            announced::add, OutboxCodec.standard(), FeedProjection.discarding()));

    private record Unhandled(UUID id) implements DomainEvent {
    }

    private OutboxEvent row(DomainEvent event) {
        return new OutboxEvent(UUID.randomUUID(), recipient, event, NOW);
    }

    @Test
    void every_event_the_outbox_stores_has_a_handler() {
        assertThat(standard.handledTypes()).containsExactlyInAnyOrderElementsOf(OutboxCodec.standard().types());
    }

    @Test
    void notification_events_go_to_the_recipients_room_under_their_socket_name_with_the_outbox_payload() {
        UUID id = UUID.randomUUID();
        NotificationEvent.Read read = new NotificationEvent.Read(Optional.empty(), NOW);
        standard.deliver(row(new NotificationEvent.Deleted(id)));
        standard.deliver(row(read));

        assertThat(published).containsExactly(
                "user:" + recipient + " notification_deleted {\"notificationId\":\"" + id + "\"}",
                "user:" + recipient + " notification_read " + OutboxCodec.standard().encode(read));
        assertThat(notified).isEmpty();
    }

    @Test
    void a_stored_message_tells_the_offline_recipient_and_an_announced_one_is_published_by_messaging() {
        UUID conversation = UUID.randomUUID();
        UUID sender = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        standard.deliver(row(new MessagingEvent.MessageStored(conversation, message, sender)));
        standard.deliver(row(new MessagingEvent.MessageAnnounced(conversation, message)));

        assertThat(notified).singleElement().satisfies(n -> {
            assertThat(n.recipientId()).isEqualTo(recipient);
            assertThat(n.type()).isEqualTo(NotificationType.NEW_MESSAGE);
            assertThat(n.subjectId()).contains(conversation);
            assertThat(n.actorId()).contains(sender);
        });
        assertThat(announced).containsExactly(message);
        assertThat(published).isEmpty();
    }

    @Test
    void a_message_an_admin_removed_is_published_by_messaging_as_its_tombstone() {
        UUID message = UUID.randomUUID();
        standard.deliver(row(new MessagingEvent.MessageRemoved(UUID.randomUUID(), message)));

        assertThat(announced).containsExactly(message);
        assertThat(published).isEmpty();
        assertThat(notified).isEmpty();
    }

    @Test
    void unknown_and_unreadable_events_are_skipped_without_failing_the_batch() {
        standard.deliver(row(new Unhandled(UUID.randomUUID())));
        standard.deliver(row(new UnreadableEvent("order_shipped", "unknown type")));

        assertThat(published).isEmpty();
        assertThat(notified).isEmpty();
        assertThat(announced).isEmpty();
    }

    @Test
    void a_handler_that_fails_fails_the_delivery_so_the_batch_is_retried() {
        OutboxHandlers failing = new OutboxHandlers().on(Unhandled.class, (row, event) -> {
            throw new IllegalStateException("bus down");
        });
        assertThatThrownBy(() -> failing.deliver(row(new Unhandled(UUID.randomUUID()))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void one_handler_per_event_class() {
        OutboxHandlers handlers = new OutboxHandlers().on(NotificationEvent.class, (row, event) -> { });
        assertThat(handlers.handledTypes()).containsExactlyInAnyOrder(NotificationEvent.Received.class,
                NotificationEvent.Read.class, NotificationEvent.Deleted.class);
        assertThatThrownBy(() -> handlers.on(NotificationEvent.Read.class, (row, event) -> { }))
                .isInstanceOf(IllegalStateException.class);
    }
}
