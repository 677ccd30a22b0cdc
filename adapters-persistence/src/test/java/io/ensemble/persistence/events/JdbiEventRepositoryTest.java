package io.ensemble.persistence.events;

import static io.ensemble.persistence.events.EventsData.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.events.Event;
import io.ensemble.events.EventStatus;
import io.ensemble.events.GeoPoint;
import io.ensemble.identity.Role;
import io.ensemble.payments.Money;
import io.ensemble.persistence.DatabaseTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link JdbiEventRepository} on real PostgreSQL: round trip, compare-and-set update, row lock. */
class JdbiEventRepositoryTest extends DatabaseTestBase {
    private JdbiEventRepository events;
    private UUID host;

    @BeforeEach
    void setUp() {
        events = new JdbiEventRepository(handles);
        host = EventsData.user(handles, Role.HOST);
    }

    private Event full() {
        return new Event(EventsData.IDS.newId(), host, "Techno Night", "Bring friends",
                Instant.parse("2027-02-01T22:00:00Z"), Optional.of(Instant.parse("2027-02-02T05:00:00Z")),
                "Berghain, Berlin", Optional.of(new GeoPoint(52.510967, 13.443008)),
                Optional.of(new Money(1500, "EUR")), OptionalInt.of(300), List.of("techno", "open-air"),
                List.of("https://cdn.example.com/a.jpg", "0190f3a2-0000-7000-8000-000000000001"), true,
                EventStatus.ACTIVE, 1, NOW, NOW);
    }

    @Test
    void an_event_round_trips_exactly_with_and_without_optional_fields() {
        Event rich = full();
        Event bare = EventsData.event(host, "Bare", Instant.parse("2027-02-03T20:00:00Z"));
        events.insert(rich);
        events.insert(bare);
        assertThat(events.findById(rich.id())).contains(rich);
        assertThat(events.findById(bare.id())).contains(bare);
        assertThat(events.findById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void update_is_a_compare_and_set_on_the_version() {
        Event e = full();
        events.insert(e);
        Event cancelled = e.cancel(NOW.plus(Duration.ofHours(1)));
        assertThat(events.update(cancelled, 1)).isTrue();
        assertThat(events.findById(e.id())).contains(cancelled);
        assertThat(events.update(e.cancel(NOW), 1)).as("stale version").isFalse();
        assertThat(events.findById(e.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void the_database_refuses_what_the_domain_refuses() {
        Event e = full();
        events.insert(e);
        assertThatThrownBy(() -> handles.use(h -> h.execute("UPDATE events SET capacity = 0"))).hasMessageContaining(
                "events_capacity_check");
        assertThatThrownBy(() -> handles.use(h -> h.execute("UPDATE events SET ends_at = starts_at")))
                .hasMessageContaining("events_ends_after_start_check");
        assertThatThrownBy(() -> handles.use(h -> h.execute("UPDATE events SET latitude = NULL")))
                .hasMessageContaining("events_point_check");
    }

    @Test
    void lock_needs_a_transaction_and_holds_the_row_until_commit() throws Exception {
        Event e = full();
        events.insert(e);
        assertThatThrownBy(() -> events.lockById(e.id())).isInstanceOf(IllegalStateException.class);
        assertThat(transactions.inTransaction(() -> events.lockById(UUID.randomUUID()))).isEmpty();
        Thread other = new Thread(() -> transactions.run(() -> events.lockById(e.id())));
        transactions.run(() -> {
            assertThat(events.lockById(e.id())).contains(e);
            other.start();
            sleep(300);
            assertThat(other.isAlive()).as("second locker waits for the first to commit").isTrue();
        });
        other.join(5_000);
        assertThat(other.isAlive()).as("second locker got the row after commit").isFalse();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
