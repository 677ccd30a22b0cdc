package io.ensemble.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.mail.MailMessage;
import io.ensemble.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationDeliveryServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final InMemoryDeliveryQueue queue = new InMemoryDeliveryQueue();
    private final Map<UUID, String> emails = new HashMap<>();
    private final Map<String, UUID> tokens = new HashMap<>();
    private final List<PushMessage> pushed = new ArrayList<>();
    private final List<MailMessage> mailed = new ArrayList<>();
    private boolean mailDown;
    private final UUID ada = UUID.randomUUID();

    private final PushDevices devices = new PushDevices() {
        @Override
        public void register(UUID userId, String token, DevicePlatform platform, Instant at) {
            tokens.put(token, userId);
        }

        @Override
        public boolean unregister(UUID userId, String token) {
            return tokens.remove(token, userId);
        }

        @Override
        public List<String> tokensOf(UUID userId) {
            return tokens.entrySet().stream().filter(e -> e.getValue().equals(userId)).map(Map.Entry::getKey).sorted()
                    .toList();
        }

        @Override
        public void forget(String token) {
            tokens.remove(token);
        }
    };
    private final NotificationDeliveryService service = new NotificationDeliveryService(queue,
            id -> Optional.ofNullable(emails.get(id)), devices, m -> {
                if (mailDown) {
                    throw new ProviderUnavailable("smtp down");
                }
                mailed.add(m);
            }, m -> {
                pushed.add(m);
                return m.deviceToken().startsWith("stale") ? PushResult.TOKEN_INVALID : PushResult.ACCEPTED;
            }, clock);

    private PendingDelivery queue(NotificationChannel channel) {
        PendingDelivery d = new PendingDelivery(UUID.randomUUID(), ada, channel, NotificationType.CONNECTION_REQUEST,
                "New connection request", "Glow wants to connect with you.", Optional.of(UUID.randomUUID()),
                Optional.empty(), 0, clock.instant());
        queue.enqueue(d);
        return d;
    }

    private String status(PendingDelivery d) {
        return queue.all().stream().filter(r -> r.delivery().id().equals(d.id())).findFirst().orElseThrow().status();
    }

    @Test
    void mails_the_account_address_and_marks_the_delivery_sent() {
        emails.put(ada, "ada@example.com");
        PendingDelivery d = queue(NotificationChannel.EMAIL);

        assertThat(service.deliverDue(10)).isEqualTo(1);

        assertThat(mailed).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("ada@example.com");
            assertThat(m.subject()).isEqualTo("New connection request");
            assertThat(m.body()).startsWith("Glow wants to connect with you.");
        });
        assertThat(status(d)).isEqualTo("SENT");
        assertThat(service.deliverDue(10)).isZero();
    }

    @Test
    void pushes_to_every_device_and_forgets_tokens_the_provider_rejects() {
        devices.register(ada, "phone", DevicePlatform.ANDROID, clock.instant());
        devices.register(ada, "stale-tablet", DevicePlatform.IOS, clock.instant());
        PendingDelivery d = queue(NotificationChannel.PUSH);

        service.deliverDue(10);

        assertThat(pushed).extracting(PushMessage::deviceToken).containsExactly("phone", "stale-tablet");
        assertThat(pushed.get(0).data()).containsEntry("type", "CONNECTION_REQUEST")
                .containsEntry("notificationId", d.notificationId().orElseThrow().toString());
        assertThat(tokens).containsOnlyKeys("phone");
        assertThat(status(d)).isEqualTo("SENT");
    }

    @Test
    void nothing_to_send_to_is_skipped_not_retried() {
        PendingDelivery mail = queue(NotificationChannel.EMAIL);
        PendingDelivery push = queue(NotificationChannel.PUSH);

        service.deliverDue(10);
        clock.advance(Duration.ofHours(1));

        assertThat(service.deliverDue(10)).isZero();
        assertThat(status(mail)).isEqualTo("SKIPPED");
        assertThat(status(push)).isEqualTo("SKIPPED");
    }

    @Test
    void a_provider_failure_is_retried_with_backoff_and_marked_failed_after_the_last_attempt() {
        emails.put(ada, "ada@example.com");
        mailDown = true;
        PendingDelivery d = queue(NotificationChannel.EMAIL);

        for (int attempt = 1; attempt < NotificationDeliveryService.MAX_ATTEMPTS; attempt++) {
            assertThat(service.deliverDue(10)).isEqualTo(1);
            assertThat(status(d)).isEqualTo("PENDING");
            clock.advance(NotificationDeliveryService.backoff(attempt).minusSeconds(1));
            assertThat(service.deliverDue(10)).as("not due before the backoff").isZero();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(service.deliverDue(10)).isEqualTo(1);

        var row = queue.all().get(0);
        assertThat(row.status()).isEqualTo("FAILED");
        assertThat(row.attempts()).isEqualTo(NotificationDeliveryService.MAX_ATTEMPTS);
        assertThat(row.lastError()).contains("smtp down");
        assertThat(mailed).isEmpty();
    }

    @Test
    void a_delivery_that_fails_once_goes_out_on_the_retry() {
        emails.put(ada, "ada@example.com");
        mailDown = true;
        PendingDelivery d = queue(NotificationChannel.EMAIL);
        service.deliverDue(10);
        mailDown = false;

        clock.advance(NotificationDeliveryService.backoff(1));
        service.deliverDue(10);

        assertThat(mailed).hasSize(1);
        assertThat(status(d)).isEqualTo("SENT");
    }

    @Test
    void backoff_doubles_from_thirty_seconds() {
        assertThat(NotificationDeliveryService.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(NotificationDeliveryService.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(NotificationDeliveryService.backoff(5)).isEqualTo(Duration.ofMinutes(8));
    }
}
