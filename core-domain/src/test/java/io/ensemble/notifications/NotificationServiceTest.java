package io.ensemble.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.outbox.OutboxEvent;
import io.ensemble.shared.outbox.OutboxRelay;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.testing.MutableClock;
import io.ensemble.testing.RollbackTransactions;
import io.ensemble.testing.SequentialIdGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final InMemoryNotificationRepository repository = new InMemoryNotificationRepository();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryPreferences preferences = new InMemoryPreferences();
    private final InMemoryDeliveryQueue deliveries = new InMemoryDeliveryQueue();
    private final OutboxNotificationPublisher publisher = new OutboxNotificationPublisher(repository, preferences,
            deliveries, outbox, ids, clock);
    private final NotificationService service = new NotificationService(repository, outbox,
            new RollbackTransactions(repository, outbox), ids, clock);
    private final Caller ada = new Caller(UUID.randomUUID(), Role.INFLUENCER, UUID.randomUUID());
    private final Caller eve = new Caller(UUID.randomUUID(), Role.SALON, UUID.randomUUID());

    private Notification notify(Caller to) {
        clock.advance(Duration.ofSeconds(1));
        return publisher.publish(new NewNotification(to.userId(), NotificationType.CONNECTION_REQUEST, "t", "b",
                Optional.of(eve.userId()), Optional.of(UUID.randomUUID()))).orElseThrow();
    }

    @Test
    void publishing_stores_an_unread_notification_and_a_notification_received_event() {
        Notification n = notify(ada);

        assertThat(repository.all()).containsExactly(n);
        assertThat(n.read()).isFalse();
        assertThat(n.createdAt()).isEqualTo(clock.instant());
        assertThat(outbox.all()).singleElement().satisfies(e -> {
            assertThat(e.recipientId()).isEqualTo(ada.userId());
            assertThat(e.event()).isEqualTo(new NotificationEvent.Received(n.id(), NotificationType.CONNECTION_REQUEST,
                    n.subjectId(), Optional.of(eve.userId())));
        });
    }

    @Test
    void list_pages_newest_first_and_only_the_callers_own() {
        List<UUID> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(0, notify(ada).id());
            notify(eve);
        }

        Page<Notification> first = service.listNotifications(ada, new PageRequest(3, Optional.empty()));
        Page<Notification> second = service.listNotifications(ada, new PageRequest(3, first.nextCursor()));

        List<UUID> seen = new ArrayList<>();
        first.items().forEach(n -> seen.add(n.id()));
        second.items().forEach(n -> seen.add(n.id()));
        assertThat(seen).containsExactlyElementsOf(mine);
        assertThat(second.nextCursor()).isEmpty();
    }

    @Test
    void mark_read_is_idempotent_and_keeps_the_first_read_time() {
        Notification n = notify(ada);
        Instant firstRead = clock.instant();

        service.markRead(ada, n.id());
        clock.advance(Duration.ofMinutes(1));
        service.markRead(ada, n.id());

        assertThat(service.unreadCount(ada)).isZero();
        assertThat(repository.all().get(0).readAt()).contains(firstRead);
    }

    @Test
    void another_users_notification_is_not_found_and_unchanged() {
        Notification n = notify(ada);

        assertThatThrownBy(() -> service.markRead(eve, n.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.deleteNotification(eve, n.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.markRead(ada, UUID.randomUUID())).isInstanceOf(NotFound.class);
        assertThat(service.markAllRead(eve)).isZero();
        assertThat(service.unreadCount(ada)).isEqualTo(1);
        assertThat(repository.all()).hasSize(1);
    }

    @Test
    void mark_all_read_counts_only_the_unread_ones_of_the_caller() {
        Notification read = notify(ada);
        notify(ada);
        notify(ada);
        notify(eve);
        service.markRead(ada, read.id());

        assertThat(service.markAllRead(ada)).isEqualTo(2);
        assertThat(service.unreadCount(ada)).isZero();
        assertThat(service.unreadCount(eve)).isEqualTo(1);
    }

    @Test
    void delete_removes_it_once() {
        Notification n = notify(ada);

        service.deleteNotification(ada, n.id());

        assertThat(repository.all()).isEmpty();
        assertThatThrownBy(() -> service.deleteNotification(ada, n.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void the_relay_delivers_each_event_once_and_a_failed_delivery_leaves_the_batch_for_later() {
        notify(ada);
        notify(eve);
        RollbackTransactions tx = new RollbackTransactions(outbox);
        List<OutboxEvent> delivered = new ArrayList<>();
        OutboxRelay failing = new OutboxRelay(outbox, tx, e -> {
            throw new IllegalStateException("socket down");
        }, clock);

        assertThatThrownBy(() -> failing.relayOnce(10)).isInstanceOf(IllegalStateException.class);
        assertThat(outbox.claimUnpublished(10)).hasSize(2);

        OutboxRelay relay = new OutboxRelay(outbox, tx, delivered::add, clock);
        assertThat(relay.relayOnce(10)).isEqualTo(2);
        assertThat(relay.relayOnce(10)).isZero();
        assertThat(delivered).extracting(OutboxEvent::recipientId).containsExactly(ada.userId(), eve.userId());
    }

    @Test
    void publishing_queues_an_email_and_a_push_delivery_by_default() {
        Notification n = notify(ada);

        assertThat(deliveries.all()).extracting(r -> r.delivery().channel())
                .containsExactly(NotificationChannel.EMAIL, NotificationChannel.PUSH);
        assertThat(deliveries.all()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("PENDING");
            assertThat(r.delivery().notificationId()).contains(n.id());
            assertThat(r.delivery().userId()).isEqualTo(ada.userId());
        });
    }

    @Test
    void preferences_choose_the_channels_and_in_app_off_stores_nothing_in_the_list() {
        preferences.save(ada.userId(), java.util.Map.of(NotificationType.CONNECTION_REQUEST,
                new ChannelChoice(false, true, false)));

        Optional<Notification> n = publisher.publish(new NewNotification(ada.userId(), NotificationType.CONNECTION_REQUEST,
                "t", "b", Optional.empty(), Optional.empty()));

        assertThat(n).isEmpty();
        assertThat(repository.all()).isEmpty();
        assertThat(outbox.all()).isEmpty();
        assertThat(deliveries.all()).singleElement().satisfies(r -> {
            assertThat(r.delivery().channel()).isEqualTo(NotificationChannel.EMAIL);
            assertThat(r.delivery().notificationId()).isEmpty();
        });
    }

    @Test
    void collapsed_notifications_wait_until_the_unread_one_about_the_same_subject_is_read() {
        UUID conversation = UUID.randomUUID();
        NewNotification chat = new NewNotification(ada.userId(), NotificationType.NEW_MESSAGE, "t", "b",
                Optional.of(eve.userId()), Optional.of(conversation));

        Notification first = publisher.publishCollapsed(chat).orElseThrow();
        assertThat(publisher.publishCollapsed(chat)).isEmpty();
        assertThat(publisher.publishCollapsed(new NewNotification(ada.userId(), NotificationType.NEW_MESSAGE, "t", "b",
                Optional.of(eve.userId()), Optional.of(UUID.randomUUID())))).isPresent();
        service.markRead(ada, first.id());

        assertThat(publisher.publishCollapsed(chat)).isPresent();
        assertThat(repository.all()).hasSize(3);
        assertThat(deliveries.all()).hasSize(6);
    }

    @Test
    void with_in_app_off_collapsed_deliveries_are_queued_once_per_window() {
        preferences.save(ada.userId(), java.util.Map.of(NotificationType.NEW_MESSAGE, new ChannelChoice(false, true, true)));
        NewNotification chat = new NewNotification(ada.userId(), NotificationType.NEW_MESSAGE, "t", "b",
                Optional.of(eve.userId()), Optional.of(UUID.randomUUID()));

        publisher.publishCollapsed(chat);
        clock.advance(Duration.ofMinutes(59));
        publisher.publishCollapsed(chat);
        assertThat(deliveries.all()).hasSize(2);

        clock.advance(Duration.ofMinutes(2));
        publisher.publishCollapsed(chat);
        assertThat(deliveries.all()).hasSize(4);
        assertThat(repository.all()).isEmpty();
    }

    @Test
    void read_read_all_and_delete_tell_the_owners_other_devices_through_the_outbox() {
        Notification one = notify(ada);
        Notification two = notify(ada);
        int before = outbox.all().size();

        service.markRead(ada, one.id());
        service.markAllRead(ada);
        service.markAllRead(ada);
        service.deleteNotification(ada, two.id());

        List<OutboxEvent> events = outbox.all().subList(before, outbox.all().size());
        assertThat(events).extracting(OutboxEvent::event).containsExactly(
                new NotificationEvent.Read(Optional.of(one.id()), clock.instant()),
                new NotificationEvent.Read(Optional.empty(), clock.instant()),
                new NotificationEvent.Deleted(two.id()));
        assertThat(events).allMatch(e -> e.recipientId().equals(ada.userId()));
    }

    @Test
    void a_failed_read_of_another_users_notification_writes_no_event() {
        Notification n = notify(ada);
        int before = outbox.all().size();

        assertThatThrownBy(() -> service.markRead(eve, n.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.deleteNotification(eve, n.id())).isInstanceOf(NotFound.class);

        assertThat(outbox.all()).hasSize(before);
    }
}
