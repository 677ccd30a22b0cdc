package io.ensemble.persistence.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.notifications.NewNotification;
import io.ensemble.notifications.Notification;
import io.ensemble.notifications.NotificationEvent;
import io.ensemble.notifications.NotificationType;
import io.ensemble.notifications.OutboxNotificationPublisher;
import io.ensemble.persistence.Concurrently;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.persistence.outbox.JdbiOutbox;
import io.ensemble.shared.ids.UuidV7Generator;
import io.ensemble.shared.outbox.OutboxEvent;
import io.ensemble.shared.paging.Cursor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiNotificationRepositoryTest extends DatabaseTestBase {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456Z");
    private static final UuidV7Generator IDS = new UuidV7Generator(Clock.systemUTC());
    private final JdbiNotificationRepository notifications = new JdbiNotificationRepository(handles);
    private final JdbiOutbox outbox = new JdbiOutbox(handles);
    private final JdbiUserRepository users = new JdbiUserRepository(handles);
    private User ada;
    private User eve;

    @BeforeEach
    void createUsers() {
        handles.use(h -> h.execute("TRUNCATE outbox"));
        ada = user("ada@example.com");
        eve = user("eve@example.com");
    }

    private User user(String email) {
        User u = new User(IDS.newId(), email, "Name", Role.INFLUENCER, AccountStatus.ACTIVE, true, "hash", NOW, NOW);
        users.create(u);
        return u;
    }

    private static Notification notification(User to, Instant at) {
        return new Notification(IDS.newId(), to.id(), NotificationType.CONNECTION_REQUEST, "New request", "Bob asks",
                Optional.of(UUID.randomUUID()), Optional.of(UUID.randomUUID()), Optional.empty(), at);
    }

    @Test
    void inserted_notifications_list_newest_first_with_every_field_and_resume_after_a_cursor() {
        Notification older = notification(ada, NOW);
        Notification newer = new Notification(IDS.newId(), ada.id(), NotificationType.CONNECTION_ACCEPTED, "t", "b",
                Optional.empty(), Optional.empty(), Optional.empty(), NOW.plusSeconds(1));
        notifications.insert(older);
        notifications.insert(newer);
        notifications.insert(notification(eve, NOW));

        assertThat(notifications.listNewestFirst(ada.id(), Optional.empty(), 10)).containsExactly(newer, older);
        assertThat(notifications.listNewestFirst(ada.id(), Optional.of(new Cursor(newer.createdAt(), newer.id())), 10))
                .containsExactly(older);
        assertThat(notifications.listNewestFirst(ada.id(), Optional.empty(), 1)).containsExactly(newer);
    }

    @Test
    void mark_read_delete_and_counts_touch_only_the_owners_rows() {
        Notification mine = notification(ada, NOW);
        Notification theirs = notification(eve, NOW);
        notifications.insert(mine);
        notifications.insert(theirs);
        notifications.insert(notification(ada, NOW));

        assertThat(notifications.markRead(theirs.id(), ada.id(), NOW)).isFalse();
        assertThat(notifications.delete(theirs.id(), ada.id())).isFalse();
        assertThat(notifications.markRead(mine.id(), ada.id(), NOW)).isTrue();
        assertThat(notifications.markRead(mine.id(), ada.id(), NOW.plusSeconds(60))).as("idempotent").isTrue();
        assertThat(notifications.countUnread(ada.id())).isEqualTo(1);
        assertThat(notifications.listNewestFirst(ada.id(), Optional.empty(), 10))
                .filteredOn(n -> n.id().equals(mine.id())).singleElement()
                .satisfies(n -> assertThat(n.readAt()).contains(NOW));
        assertThat(notifications.markAllRead(ada.id(), NOW)).isEqualTo(1);
        assertThat(notifications.markAllRead(ada.id(), NOW)).isZero();
        assertThat(notifications.countUnread(eve.id())).isEqualTo(1);
        assertThat(notifications.delete(mine.id(), ada.id())).isTrue();
        assertThat(notifications.delete(mine.id(), ada.id())).isFalse();
        assertThat(count("SELECT count(*) FROM notifications")).isEqualTo(2);
    }

    @Test
    void the_publisher_writes_the_notification_and_its_outbox_event_in_the_callers_transaction() {
        var publisher = new OutboxNotificationPublisher(notifications, new JdbiPreferenceRepository(handles),
                new JdbiDeliveryQueue(handles), outbox, IDS, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> transactions.run(() -> {
            publisher.publish(new NewNotification(ada.id(), NotificationType.CONNECTION_REQUEST, "t", "b",
                    Optional.empty(), Optional.empty()));
            throw new IllegalStateException("the state change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count("SELECT count(*) FROM notifications")).isZero();
        assertThat(count("SELECT count(*) FROM outbox")).isZero();
        assertThat(count("SELECT count(*) FROM notification_deliveries")).isZero();

        Notification stored = transactions.inTransaction(() -> publisher.publish(new NewNotification(ada.id(),
                NotificationType.CONNECTION_REQUEST, "t", "b", Optional.of(eve.id()), Optional.empty())))
                .orElseThrow();

        assertThat(notifications.listNewestFirst(ada.id(), Optional.empty(), 10)).containsExactly(stored);
        assertThat(count("SELECT count(*) FROM outbox WHERE type = 'notification_received' AND payload->>'notificationId' = '"
                + stored.id() + "' AND payload->>'actorId' = '" + eve.id() + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM notification_deliveries WHERE user_id = '" + ada.id()
                + "' AND notification_id = '" + stored.id() + "' AND status = 'PENDING'")).isEqualTo(2);
    }

    @Test
    void outbox_claims_oldest_first_marks_published_and_concurrent_relays_never_share_an_event() throws Exception {
        for (int i = 0; i < 6; i++) {
            outbox.append(new OutboxEvent(IDS.newId(), ada.id(), new NotificationEvent.Deleted(IDS.newId()),
                    NOW.plusSeconds(i)));
        }

        List<List<OutboxEvent>> claims = Concurrently.run(2, () -> transactions.inTransaction(() -> {
            List<OutboxEvent> batch = outbox.claimUnpublished(3);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            outbox.markPublished(batch.stream().map(OutboxEvent::id).toList(), NOW);
            return batch;
        }));

        Set<UUID> ids = new HashSet<>();
        claims.forEach(batch -> batch.forEach(e -> ids.add(e.id())));
        assertThat(ids).hasSize(6);
        assertThat(claims.get(0)).hasSize(3);
        assertThat(count("SELECT count(*) FROM outbox WHERE published_at IS NULL")).isZero();
        assertThat(transactions.inTransaction(() -> outbox.claimUnpublished(10))).isEmpty();
    }

    @Test
    void purging_deletes_only_events_relayed_before_the_cutoff_never_unpublished_ones() {
        UUID old = IDS.newId();
        UUID recent = IDS.newId();
        UUID pending = IDS.newId();
        for (UUID id : List.of(old, recent, pending)) {
            outbox.append(new OutboxEvent(id, ada.id(), new NotificationEvent.Deleted(id), NOW.minusSeconds(86_400 * 30)));
        }
        outbox.markPublished(List.of(old), NOW.minusSeconds(86_400 * 8));
        outbox.markPublished(List.of(recent), NOW.minusSeconds(86_400));
        outbox.markPublished(List.of(), NOW);

        assertThat(outbox.deletePublishedBefore(NOW.minusSeconds(86_400 * 7), 1000)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox WHERE id = '" + old + "'")).isZero();
        assertThat(count("SELECT count(*) FROM outbox WHERE id IN ('" + recent + "', '" + pending + "')")).isEqualTo(2);
        assertThat(outbox.deletePublishedBefore(NOW.minusSeconds(86_400 * 7), 1000)).isZero();
    }
}
