package io.ensemble.persistence.events;

import static io.ensemble.persistence.events.EventsData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.events.Event;
import io.ensemble.events.EventCommand;
import io.ensemble.events.EventService;
import io.ensemble.events.RsvpCommand;
import io.ensemble.events.RsvpCounts;
import io.ensemble.events.RsvpOutcome;
import io.ensemble.events.RsvpService;
import io.ensemble.events.RsvpStatus;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.persistence.Concurrently;
import io.ensemble.persistence.DatabaseTestBase;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Capacity and waitlist of {@link RsvpService} on real PostgreSQL (issue 21 §2): concurrent RSVPs
 * never over-sell, and freed seats go to the waitlist in order.
 */
class RsvpCapacityTest extends DatabaseTestBase {
    /** Connections in use at once, like the application's pool (the server allows 100 in all). */
    private static final Semaphore POOL = new Semaphore(20);

    private JdbiEventRepository events;
    private JdbiRsvpRepository rsvps;
    private RsvpService service;
    private Event event;

    @BeforeEach
    void setUp() {
        events = new JdbiEventRepository(handles);
        rsvps = new JdbiRsvpRepository(handles);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service = new RsvpService(events, rsvps, transactions, clock,
                new io.ensemble.persistence.outbox.JdbiOutbox(handles), EventsData.IDS);
        Caller host = new Caller(EventsData.user(handles, Role.HOST), Role.HOST, UUID.randomUUID());
        event = new EventService(events, rsvps, transactions, EventsData.IDS, clock,
                new io.ensemble.persistence.outbox.JdbiOutbox(handles)).createEvent(host,
                new EventCommand("Ten seats", null, "2027-01-20T21:00:00Z", null, "Small club", null, null, null,
                        null, 10, null, null, null));
    }

    private List<Caller> guests(int n) {
        return IntStream.range(0, n).mapToObj(i -> new Caller(EventsData.user(handles, Role.PARTIER), Role.PARTIER,
                UUID.randomUUID())).toList();
    }

    private RsvpOutcome rsvp(Caller who, String status) {
        POOL.acquireUninterruptibly();
        try {
            return service.rsvp(who, event.id(), new RsvpCommand(status));
        } finally {
            POOL.release();
        }
    }

    /** @return the WAITLISTED users, first in line first */
    private List<UUID> line() {
        return rsvps.firstWaitlisted(event.id(), 1000).stream().map(r -> r.userId()).toList();
    }

    @Test
    void hundred_concurrent_going_on_ten_seats_seat_ten_and_waitlist_ninety_in_order() throws Exception {
        List<Caller> guests = guests(100);
        AtomicInteger next = new AtomicInteger();
        List<RsvpOutcome> outcomes = Concurrently.run(100, () -> rsvp(guests.get(next.getAndIncrement()), "going"));
        assertThat(outcomes).filteredOn(o -> o.rsvp().status() == RsvpStatus.GOING).hasSize(10);
        List<RsvpOutcome> waiting = outcomes.stream().filter(o -> o.rsvp().status() == RsvpStatus.WAITLISTED)
                .sorted(Comparator.comparingInt(o -> o.waitlistPosition().getAsInt())).toList();
        assertThat(waiting).hasSize(90);
        assertThat(waiting).extracting(o -> o.waitlistPosition().getAsInt())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 90).boxed().toList());
        assertThat(line()).containsExactlyElementsOf(waiting.stream().map(o -> o.rsvp().userId()).toList());
        assertThat(rsvps.counts(event.id())).isEqualTo(new RsvpCounts(10, 90, 0, 0));
        assertThat(count("SELECT count(*) FROM event_rsvps WHERE status = 'GOING'")).isEqualTo(10);
    }

    @Test
    void a_freed_seat_goes_to_the_first_in_line_and_the_line_moves_up() throws Exception {
        List<Caller> guests = guests(14);
        guests.forEach(g -> rsvp(g, "going"));
        List<UUID> before = line();
        assertThat(before).containsExactlyElementsOf(guests.subList(10, 14).stream().map(Caller::userId).toList());

        RsvpOutcome left = rsvp(guests.get(3), "not_going");
        assertThat(left.promoted()).containsExactly(before.get(0));
        assertThat(rsvps.find(event.id(), before.get(0)).orElseThrow().status()).isEqualTo(RsvpStatus.GOING);
        assertThat(line()).containsExactlyElementsOf(before.subList(1, 4));
        assertThat(rsvps.waitlistPosition(event.id(), before.get(1))).isEqualTo(OptionalInt.of(1));

        assertThat(rsvp(guests.get(0), "interested").promoted()).containsExactly(before.get(1));
        assertThat(rsvp(guests.get(0), "going").waitlistPosition()).as("back of the line")
                .isEqualTo(OptionalInt.of(3));
        assertThat(rsvps.counts(event.id())).isEqualTo(new RsvpCounts(10, 3, 0, 1));
    }

    @Test
    void seats_never_oversell_while_guests_leave_and_join_at_once() throws Exception {
        List<Caller> seated = guests(10);
        seated.forEach(g -> rsvp(g, "going"));
        List<Caller> newcomers = guests(30);
        ConcurrentLinkedQueue<UUID> promoted = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        Concurrently.run(40, () -> {
            int i = next.getAndIncrement();
            RsvpOutcome o = i < 10 ? rsvp(seated.get(i), "not_going") : rsvp(newcomers.get(i - 10), "going");
            promoted.addAll(o.promoted());
            return o;
        });
        RsvpCounts counts = rsvps.counts(event.id());
        assertThat(counts).isEqualTo(new RsvpCounts(10, 20, 0, 10));
        List<UUID> going = handles.with(h -> h.createQuery(
                "SELECT user_id FROM event_rsvps WHERE status = 'GOING'").mapTo(UUID.class).list());
        assertThat(going).doesNotContainAnyElementsOf(seated.stream().map(Caller::userId).toList());
        assertThat(new ArrayList<>(promoted)).allMatch(going::contains).doesNotHaveDuplicates();
        assertThat(line()).hasSize(20).doesNotContainAnyElementsOf(going);
    }
}
