package io.ensemble.events;

import static io.ensemble.events.fakes.EventsFixture.caller;
import static io.ensemble.events.fakes.EventsFixture.command;
import static io.ensemble.testing.DomainAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.events.fakes.EventsFixture;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.NotFound;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** RSVPs, capacity and the waitlist of {@link RsvpService} against in-memory ports. */
class RsvpServiceTest {
    private final EventsFixture f = new EventsFixture();
    private final Caller host = caller(Role.HOST);

    private RsvpOutcome rsvp(Caller who, Event e, String status) {
        return f.rsvpService.rsvp(who, e.id(), new RsvpCommand(status));
    }

    private List<Caller> guests(int n) {
        List<Caller> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(caller(Role.PARTIER));
        }
        return out;
    }

    @Test
    void going_takes_a_seat_until_capacity_then_waitlists_in_order() {
        Event e = f.service.createEvent(host, command(2));
        List<Caller> g = guests(4);
        assertThat(rsvp(g.get(0), e, "going").rsvp().status()).isEqualTo(RsvpStatus.GOING);
        assertThat(rsvp(g.get(1), e, "going").waitlistPosition()).isEmpty();
        RsvpOutcome third = rsvp(g.get(2), e, "going");
        assertThat(third.rsvp().status()).isEqualTo(RsvpStatus.WAITLISTED);
        assertThat(third.waitlistPosition()).isEqualTo(OptionalInt.of(1));
        assertThat(rsvp(g.get(3), e, "going").waitlistPosition()).isEqualTo(OptionalInt.of(2));
        assertThat(f.rsvps.counts(e.id())).isEqualTo(new RsvpCounts(2, 2, 0, 0));
        assertThat(f.events.locks.get()).as("every RSVP locks the event").isEqualTo(4);
    }

    @Test
    void a_freed_seat_goes_to_the_first_in_line() {
        Event e = f.service.createEvent(host, command(1));
        List<Caller> g = guests(3);
        g.forEach(c -> rsvp(c, e, "going"));
        RsvpOutcome left = rsvp(g.get(0), e, "not_going");
        assertThat(left.rsvp().status()).isEqualTo(RsvpStatus.NOT_GOING);
        assertThat(left.promoted()).containsExactly(g.get(1).userId());
        assertThat(f.rsvps.waitlistPosition(e.id(), g.get(2).userId())).isEqualTo(OptionalInt.of(1));
        assertThat(rsvp(g.get(1), e, "interested").promoted()).containsExactly(g.get(2).userId());
        assertThat(f.rsvps.counts(e.id())).isEqualTo(new RsvpCounts(1, 0, 1, 1));
    }

    @Test
    void leaving_the_waitlist_promotes_nobody_and_the_line_closes_up() {
        Event e = f.service.createEvent(host, command(1));
        List<Caller> g = guests(3);
        g.forEach(c -> rsvp(c, e, "going"));
        assertThat(rsvp(g.get(1), e, "not_going").promoted()).isEmpty();
        assertThat(f.rsvps.waitlistPosition(e.id(), g.get(2).userId())).isEqualTo(OptionalInt.of(1));
        assertThat(f.rsvps.find(e.id(), g.get(0).userId()).orElseThrow().status()).isEqualTo(RsvpStatus.GOING);
    }

    @Test
    void answering_going_again_keeps_the_seat_or_the_place_in_line() {
        Event e = f.service.createEvent(host, command(1));
        List<Caller> g = guests(3);
        g.forEach(c -> rsvp(c, e, "going"));
        f.clock.advance(Duration.ofMinutes(1));
        RsvpOutcome again = rsvp(g.get(1), e, "going");
        assertThat(again.rsvp().status()).isEqualTo(RsvpStatus.WAITLISTED);
        assertThat(again.waitlistPosition()).isEqualTo(OptionalInt.of(1));
        assertThat(again.rsvp().updatedAt()).as("unchanged, not re-saved").isEqualTo(EventsFixture.NOW);
        assertThat(rsvp(g.get(0), e, "going").rsvp().status()).isEqualTo(RsvpStatus.GOING);
    }

    @Test
    void one_changeable_answer_per_user() {
        Event e = f.service.createEvent(host, command((Integer) null));
        Caller g = caller(Role.PARTIER);
        rsvp(g, e, "interested");
        f.clock.advance(Duration.ofMinutes(1));
        Rsvp going = rsvp(g, e, "going").rsvp();
        assertThat(going.status()).isEqualTo(RsvpStatus.GOING);
        assertThat(going.createdAt()).isEqualTo(EventsFixture.NOW);
        assertThat(going.updatedAt()).isEqualTo(EventsFixture.NOW.plus(Duration.ofMinutes(1)));
        assertThat(f.rsvps.counts(e.id())).isEqualTo(new RsvpCounts(1, 0, 0, 0));
    }

    @Test
    void cancelled_past_and_unknown_events_refuse_rsvps() {
        Event cancelled = f.service.createEvent(host, command(5));
        f.service.cancelEvent(host, cancelled.id(), new CancelEvent(null));
        Caller g = caller(Role.PARTIER);
        failsWith(Conflict.class, "EVENT_CANCELLED", () -> rsvp(g, cancelled, "going"));
        Event soon = f.service.createEvent(host, command(5));
        f.clock.set(soon.startsAt().plusSeconds(1));
        failsWith(Conflict.class, "EVENT_ENDED", () -> rsvp(g, soon, "interested"));
        failsWith(NotFound.class, "NOT_FOUND", () -> f.rsvpService.rsvp(g, UUID.randomUUID(),
                new RsvpCommand("going")));
        assertThat(f.rsvps.counts(soon.id())).isEqualTo(RsvpCounts.NONE);
    }

    @Test
    void detail_shows_counts_and_the_callers_own_answer() {
        Event e = f.service.createEvent(host, command(1));
        List<Caller> g = guests(3);
        rsvp(g.get(0), e, "going");
        rsvp(g.get(1), e, "going");
        rsvp(g.get(2), e, "interested");
        EventDetails seated = f.finder.detail(g.get(0), e.id());
        assertThat(seated.counts()).isEqualTo(new RsvpCounts(1, 1, 1, 0));
        assertThat(seated.callerGoing()).isTrue();
        EventDetails waiting = f.finder.detail(g.get(1), e.id());
        assertThat(waiting.callerGoing()).isFalse();
        assertThat(waiting.mine().orElseThrow()).isEqualTo(new MyRsvp(RsvpStatus.WAITLISTED, OptionalInt.of(1)));
        assertThat(f.finder.detail(host, e.id()).mine()).isEmpty();
        failsWith(NotFound.class, "NOT_FOUND", () -> f.finder.detail(host, UUID.randomUUID()));
    }
}
