package io.ensemble.persistence.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.notifications.ChannelChoice;
import io.ensemble.notifications.DevicePlatform;
import io.ensemble.notifications.Notification;
import io.ensemble.notifications.NotificationChannel;
import io.ensemble.notifications.NotificationType;
import io.ensemble.notifications.PendingDelivery;
import io.ensemble.persistence.Concurrently;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.shared.ids.UuidV7Generator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deliveries, preferences, push devices, addresses and the chat collapse index on PostgreSQL. */
class JdbiDeliveryQueueTest extends DatabaseTestBase {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456Z");
    private static final UuidV7Generator IDS = new UuidV7Generator(Clock.systemUTC());
    private final JdbiDeliveryQueue queue = new JdbiDeliveryQueue(handles);
    private final JdbiPreferenceRepository preferences = new JdbiPreferenceRepository(handles);
    private final JdbiPushDevices devices = new JdbiPushDevices(handles);
    private final JdbiNotificationRepository notifications = new JdbiNotificationRepository(handles);
    private final JdbiUserRepository users = new JdbiUserRepository(handles);
    private User ada;
    private User eve;

    @BeforeEach
    void createUsers() {
        ada = user("ada@example.com", AccountStatus.ACTIVE);
        eve = user("eve@example.com", AccountStatus.SUSPENDED);
    }

    private User user(String email, AccountStatus status) {
        User u = new User(IDS.newId(), email, "Name", Role.INFLUENCER, status, true, "hash", NOW, NOW);
        users.create(u);
        return u;
    }

    private PendingDelivery delivery(Instant at, Optional<UUID> subject) {
        PendingDelivery d = new PendingDelivery(IDS.newId(), ada.id(), NotificationChannel.EMAIL,
                NotificationType.NEW_MESSAGE, "New message", "You have a new message.", Optional.of(IDS.newId()),
                subject, 0, at);
        queue.enqueue(d);
        return d;
    }

    private String status(PendingDelivery d) {
        return handles.with(h -> h.createQuery("SELECT status || '/' || attempts || '/' || coalesce(last_error, '') "
                + "FROM notification_deliveries WHERE id = :id").bind("id", d.id()).mapTo(String.class).one());
    }

    @Test
    void claims_due_rows_oldest_first_with_every_field_and_hides_them_for_the_lease() {
        UUID subject = IDS.newId();
        PendingDelivery first = delivery(NOW, Optional.of(subject));
        PendingDelivery second = delivery(NOW.plusSeconds(1), Optional.empty());
        delivery(NOW.plusSeconds(60), Optional.empty());

        List<PendingDelivery> claimed = queue.claimDue(NOW.plusSeconds(5), Duration.ofMinutes(2), 10);

        assertThat(claimed).containsExactly(first, second);
        assertThat(queue.claimDue(NOW.plusSeconds(5), Duration.ofMinutes(2), 10)).isEmpty();
        assertThat(queue.claimDue(NOW.plusSeconds(5).plus(Duration.ofMinutes(2)), Duration.ofMinutes(2), 10))
                .as("after the lease, and the later one now due").hasSize(3);
    }

    @Test
    void sent_skipped_and_failed_rows_are_never_claimed_again_and_retries_wait_until_due() {
        PendingDelivery sent = delivery(NOW, Optional.empty());
        PendingDelivery failed = delivery(NOW, Optional.empty());
        PendingDelivery skipped = delivery(NOW, Optional.empty());
        PendingDelivery retried = delivery(NOW, Optional.empty());
        queue.markSent(sent.id(), 1, NOW);
        queue.markFailed(failed.id(), 6, NOW, "smtp down");
        queue.markSkipped(skipped.id(), 1, NOW, "no registered device");
        queue.retryLater(retried.id(), 1, NOW.plusSeconds(30), "timeout");

        assertThat(queue.claimDue(NOW.plusSeconds(29), Duration.ofMinutes(2), 10)).isEmpty();
        assertThat(queue.claimDue(NOW.plusSeconds(30), Duration.ofMinutes(2), 10)).singleElement()
                .satisfies(d -> assertThat(d.attempts()).isEqualTo(1));
        assertThat(status(sent)).isEqualTo("SENT/1/");
        assertThat(status(failed)).isEqualTo("FAILED/6/smtp down");
        assertThat(status(skipped)).isEqualTo("SKIPPED/1/no registered device");
    }

    @Test
    void concurrent_claims_never_share_a_delivery() throws Exception {
        for (int i = 0; i < 8; i++) {
            delivery(NOW.plusMillis(i), Optional.empty());
        }

        List<List<PendingDelivery>> claims = Concurrently.run(4, () -> transactions.inTransaction(
                () -> queue.claimDue(NOW.plusSeconds(1), Duration.ofMinutes(2), 3)));

        Set<UUID> seen = new HashSet<>();
        claims.forEach(batch -> batch.forEach(d -> assertThat(seen.add(d.id())).as("claimed twice").isTrue()));
        assertThat(seen).hasSize(8);
    }

    @Test
    void queued_since_looks_at_user_type_subject_and_time() {
        UUID subject = IDS.newId();
        delivery(NOW, Optional.of(subject));

        assertThat(queue.queuedSince(ada.id(), NotificationType.NEW_MESSAGE, subject, NOW)).isTrue();
        assertThat(queue.queuedSince(ada.id(), NotificationType.NEW_MESSAGE, subject, NOW.plusMillis(1))).isFalse();
        assertThat(queue.queuedSince(ada.id(), NotificationType.NEW_MESSAGE, IDS.newId(), NOW)).isFalse();
        assertThat(queue.queuedSince(eve.id(), NotificationType.NEW_MESSAGE, subject, NOW)).isFalse();
    }

    @Test
    void preferences_store_only_changed_types_per_user_and_upsert() {
        preferences.save(ada.id(), Map.of(NotificationType.NEW_MESSAGE, new ChannelChoice(true, false, true)));
        preferences.save(ada.id(), Map.of(NotificationType.NEW_MESSAGE, new ChannelChoice(false, false, true),
                NotificationType.CONNECTION_REQUEST, new ChannelChoice(true, true, false)));

        assertThat(preferences.find(ada.id())).containsOnly(
                Map.entry(NotificationType.NEW_MESSAGE, new ChannelChoice(false, false, true)),
                Map.entry(NotificationType.CONNECTION_REQUEST, new ChannelChoice(true, true, false)));
        assertThat(preferences.find(eve.id())).isEmpty();
    }

    @Test
    void a_device_token_has_one_owner_and_only_the_owner_unregisters_it() {
        devices.register(ada.id(), "tok-1", DevicePlatform.ANDROID, NOW);
        devices.register(ada.id(), "tok-2", DevicePlatform.IOS, NOW.plusSeconds(1));
        devices.register(eve.id(), "tok-2", DevicePlatform.IOS, NOW.plusSeconds(2));

        assertThat(devices.tokensOf(ada.id())).containsExactly("tok-1");
        assertThat(devices.tokensOf(eve.id())).containsExactly("tok-2");
        assertThat(devices.unregister(eve.id(), "tok-1")).isFalse();
        assertThat(devices.unregister(ada.id(), "tok-1")).isTrue();
        devices.forget("tok-2");
        assertThat(devices.tokensOf(eve.id())).isEmpty();
    }

    @Test
    void addresses_only_of_active_accounts() {
        var addresses = new JdbiRecipientAddresses(handles);

        assertThat(addresses.emailOf(ada.id())).contains("ada@example.com");
        assertThat(addresses.emailOf(eve.id())).isEmpty();
        assertThat(addresses.emailOf(UUID.randomUUID())).isEmpty();
    }

    @Test
    void one_unread_chat_notification_per_conversation_until_it_is_read() {
        UUID conversation = IDS.newId();
        Notification first = chat(conversation);

        assertThat(notifications.insertCollapsed(first)).isTrue();
        assertThat(notifications.insertCollapsed(chat(conversation))).isFalse();
        assertThat(notifications.insertCollapsed(chat(IDS.newId()))).isTrue();
        notifications.markRead(first.id(), ada.id(), NOW);
        assertThat(notifications.insertCollapsed(chat(conversation))).isTrue();
        assertThat(count("SELECT count(*) FROM notifications WHERE user_id = '" + ada.id() + "'")).isEqualTo(3);
        assertThatThrownBy(() -> notifications.insertCollapsed(new Notification(IDS.newId(), ada.id(),
                NotificationType.CONNECTION_REQUEST, "t", "b", Optional.empty(), Optional.of(conversation),
                Optional.empty(), NOW))).isInstanceOf(IllegalArgumentException.class);
    }

    private Notification chat(UUID conversation) {
        return new Notification(IDS.newId(), ada.id(), NotificationType.NEW_MESSAGE, "New message", "b",
                Optional.of(eve.id()), Optional.of(conversation), Optional.empty(), NOW);
    }
}
