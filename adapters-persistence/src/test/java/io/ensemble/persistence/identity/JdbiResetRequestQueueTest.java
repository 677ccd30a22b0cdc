package io.ensemble.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.QueuedResetRequest;
import io.ensemble.persistence.DatabaseTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The forgot-password queue (issue 28 §4) on real PostgreSQL: due order, leases, retries, removal. */
class JdbiResetRequestQueueTest extends DatabaseTestBase {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private final JdbiResetRequestQueue queue = new JdbiResetRequestQueue(handles);

    @BeforeEach
    void empty() {
        handles.use(h -> h.execute("DELETE FROM password_reset_requests"));
    }

    private QueuedResetRequest queued(String email, Instant at) {
        QueuedResetRequest r = new QueuedResetRequest(UUID.randomUUID(), email, 0, at);
        queue.enqueue(r);
        return r;
    }

    @Test
    void claims_due_requests_oldest_first_and_hides_them_for_the_lease() {
        QueuedResetRequest first = queued("a@example.com", T0);
        QueuedResetRequest second = queued("b@example.com", T0.plusSeconds(1));
        queued("later@example.com", T0.plusSeconds(60));

        assertThat(queue.claimDue(T0.plusSeconds(2), Duration.ofMinutes(2), 10)).containsExactly(first, second);
        assertThat(queue.claimDue(T0.plusSeconds(3), Duration.ofMinutes(2), 10)).isEmpty();
        assertThat(queue.claimDue(T0.plusSeconds(200), Duration.ofMinutes(2), 2))
                .as("due first: the never-claimed one, then the expired lease of the oldest")
                .extracting(QueuedResetRequest::email).containsExactly("later@example.com", "a@example.com");
    }

    @Test
    void a_retried_request_comes_back_with_its_attempts_and_a_removed_one_never() {
        QueuedResetRequest r = queued("a@example.com", T0);
        QueuedResetRequest gone = queued("b@example.com", T0);
        queue.claimDue(T0, Duration.ofMinutes(2), 10);

        queue.retryLater(r.id(), 1, T0.plusSeconds(15));
        queue.remove(gone.id());

        assertThat(queue.claimDue(T0.plusSeconds(14), Duration.ofMinutes(2), 10)).isEmpty();
        assertThat(queue.claimDue(T0.plusSeconds(15), Duration.ofMinutes(2), 10)).singleElement()
                .satisfies(c -> {
                    assertThat(c.id()).isEqualTo(r.id());
                    assertThat(c.attempts()).isEqualTo(1);
                    assertThat(c.requestedAt()).isEqualTo(T0);
                });
        assertThat(queue.claimDue(T0.plusSeconds(999), Duration.ofMinutes(2), 10)).extracting(QueuedResetRequest::id)
                .containsExactly(r.id());
    }
}
