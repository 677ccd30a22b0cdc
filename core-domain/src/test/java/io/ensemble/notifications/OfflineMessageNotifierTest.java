package io.ensemble.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.testing.MutableClock;
import io.ensemble.testing.SequentialIdGenerator;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfflineMessageNotifierTest {
    private final InMemoryNotificationRepository notifications = new InMemoryNotificationRepository();
    private final Set<UUID> online = new HashSet<>();
    private final Set<UUID> gone = new HashSet<>();
    private final OfflineMessageNotifier notifier = new OfflineMessageNotifier(online::contains,
            id -> gone.contains(id) ? java.util.Optional.empty() : java.util.Optional.of("user@example.com"),
            new OutboxNotificationPublisher(notifications, new InMemoryPreferences(), new InMemoryDeliveryQueue(),
                    new InMemoryOutbox(), new SequentialIdGenerator(),
                    new MutableClock(Instant.parse("2026-11-23T10:00:00Z"))));
    private final UUID ada = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final UUID conversation = UUID.randomUUID();

    @Test
    void an_offline_member_gets_one_new_message_notification_per_conversation() {
        Notification n = notifier.messageStored(ada, conversation, bob).orElseThrow();
        notifier.messageStored(ada, conversation, bob);

        assertThat(n.type()).isEqualTo(NotificationType.NEW_MESSAGE);
        assertThat(n.subjectId()).contains(conversation);
        assertThat(n.actorId()).contains(bob);
        assertThat(notifications.all()).hasSize(1);
    }

    @Test
    void an_online_member_or_the_sender_gets_nothing() {
        online.add(ada);

        assertThat(notifier.messageStored(ada, conversation, bob)).isEmpty();
        assertThat(notifier.messageStored(bob, conversation, bob)).isEmpty();
        assertThat(notifications.all()).isEmpty();
    }

    @Test
    void a_member_whose_account_is_gone_or_suspended_gets_nothing() {
        gone.add(ada);

        assertThat(notifier.messageStored(ada, conversation, bob)).isEmpty();
        assertThat(notifications.all()).isEmpty();
    }
}
