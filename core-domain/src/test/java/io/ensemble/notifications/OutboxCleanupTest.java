package io.ensemble.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.outbox.OutboxCleanup;
import io.ensemble.shared.outbox.OutboxEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxCleanupTest {
    private static final Instant NOW = Instant.parse("2026-11-23T04:30:00Z");

    @Test
    void deletes_events_relayed_before_the_retention_and_keeps_recent_and_unrelayed_ones() {
        InMemoryOutbox outbox = new InMemoryOutbox();
        UUID old = event(outbox);
        UUID recent = event(outbox);
        UUID pending = event(outbox);
        outbox.markPublished(List.of(old), NOW.minus(Duration.ofDays(8)));
        outbox.markPublished(List.of(recent), NOW.minus(Duration.ofDays(6)));

        assertThat(new OutboxCleanup(outbox, Duration.ofDays(7)).purge(NOW)).isEqualTo(1);
        assertThat(outbox.all()).extracting(OutboxEvent::id).containsExactly(recent, pending);
    }

    @Test
    void a_non_positive_retention_is_refused() {
        assertThatThrownBy(() -> new OutboxCleanup(new InMemoryOutbox(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static UUID event(InMemoryOutbox outbox) {
        UUID id = UUID.randomUUID();
        outbox.append(new OutboxEvent(id, UUID.randomUUID(), new NotificationEvent.Deleted(UUID.randomUUID()),
                NOW.minus(Duration.ofDays(30))));
        return id;
    }
}
