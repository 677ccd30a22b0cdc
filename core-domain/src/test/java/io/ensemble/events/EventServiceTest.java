package io.ensemble.events;

import static io.ensemble.events.fakes.EventsFixture.caller;
import static io.ensemble.events.fakes.EventsFixture.command;
import static io.ensemble.testing.DomainAssertions.failsWith;
import static io.ensemble.testing.DomainAssertions.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.events.fakes.EventsFixture;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hosts' use cases of {@link EventService} against in-memory ports. */
class EventServiceTest {
    private final EventsFixture f = new EventsFixture();
    private final Caller host = caller(Role.HOST);
    private final Caller admin = caller(Role.ADMIN);

    private static EventCommand featured(EventCommand c, Boolean featured) {
        return new EventCommand(c.title(), c.description(), c.startsAt(), c.endsAt(), c.location(), c.latitude(),
                c.longitude(), c.priceAmount(), c.priceCurrency(), c.capacity(), c.tags(), c.images(), featured);
    }

    @Test
    void host_creates_an_active_event_at_version_one() {
        Event e = f.service.createEvent(host, command(50));
        assertThat(e.hostId()).isEqualTo(host.userId());
        assertThat(e.status()).isEqualTo(EventStatus.ACTIVE);
        assertThat(e.version()).isEqualTo(1);
        assertThat(e.featured()).isFalse();
        assertThat(e.createdAt()).isEqualTo(EventsFixture.NOW);
        assertThat(f.events.events).containsEntry(e.id(), e);
    }

    @Test
    void only_hosts_and_admins_create() {
        for (Role role : List.of(Role.PARTIER, Role.TALENT, Role.BRAND)) {
            failsWith(Forbidden.class, "FORBIDDEN", () -> f.service.createEvent(caller(role), command(5)));
        }
        assertThat(f.service.createEvent(admin, command(5)).hostId()).isEqualTo(admin.userId());
        assertThat(f.events.events).hasSize(1);
    }

    @Test
    void only_admins_feature_events() {
        failsWith(Forbidden.class, "FORBIDDEN", () -> f.service.createEvent(host, featured(command(5), true)));
        assertThat(f.service.createEvent(host, featured(command(5), false)).featured()).isFalse();
        Event e = f.service.createEvent(admin, featured(command(5), true));
        assertThat(e.featured()).isTrue();
        assertThat(f.service.updateEvent(admin, e.id(), command(5), OptionalLong.empty()).featured())
                .as("an update without featured keeps it").isTrue();
    }

    @Test
    void rejects_a_start_in_the_past() {
        EventCommand past = command("Old", "2027-01-10T11:59:59Z", null, null, null, List.of());
        assertThat(invalidFields(() -> f.service.createEvent(host, past))).containsExactly("startsAt");
        EventCommand now = command("Now", "2027-01-10T12:00:00Z", null, null, null, List.of());
        assertThat(invalidFields(() -> f.service.createEvent(host, now))).containsExactly("startsAt");
    }

    @Test
    void host_replaces_own_event_and_version_moves() {
        Event e = f.service.createEvent(host, command(50));
        f.clock.advance(Duration.ofMinutes(5));
        Event updated = f.service.updateEvent(host, e.id(),
                command("Renamed", "2027-01-18T21:00:00Z", 40.7, -74.0, 80, List.of("jazz")), OptionalLong.of(1));
        assertThat(updated.title()).isEqualTo("Renamed");
        assertThat(updated.startsAt()).isEqualTo(Instant.parse("2027-01-18T21:00:00Z"));
        assertThat(updated.tags()).containsExactly("jazz");
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.updatedAt()).isEqualTo(EventsFixture.NOW.plus(Duration.ofMinutes(5)));
        assertThat(f.events.events.get(e.id())).isEqualTo(updated);
    }

    @Test
    void another_hosts_event_is_not_found_but_admins_change_any() {
        Event e = f.service.createEvent(host, command(50));
        Caller other = caller(Role.HOST);
        failsWith(NotFound.class, "NOT_FOUND", () -> f.service.updateEvent(other, e.id(), command(9), OptionalLong.empty()));
        failsWith(NotFound.class, "NOT_FOUND", () -> f.service.cancelEvent(other, e.id(), new CancelEvent(null)));
        failsWith(NotFound.class, "NOT_FOUND", () -> f.service.updateEvent(host, UUID.randomUUID(), command(9),
                OptionalLong.empty()));
        failsWith(Forbidden.class, "FORBIDDEN", () -> f.service.updateEvent(caller(Role.PARTIER), e.id(), command(9),
                OptionalLong.empty()));
        assertThat(f.events.events.get(e.id()).capacity()).hasValue(50);
        assertThat(f.service.updateEvent(admin, e.id(), command(9), OptionalLong.empty()).capacity()).hasValue(9);
    }

    @Test
    void stale_expected_version_is_a_conflict() {
        Event e = f.service.createEvent(host, command(50));
        f.service.updateEvent(host, e.id(), command(60), OptionalLong.of(1));
        failsWith(Conflict.class, "VERSION_CONFLICT", () -> f.service.updateEvent(host, e.id(), command(70),
                OptionalLong.of(1)));
        assertThat(f.events.events.get(e.id()).capacity()).hasValue(60);
    }

    @Test
    void moving_the_start_into_the_past_is_invalid_but_keeping_a_started_one_is_not() {
        EventCommand running = new EventCommand("Party", null, "2027-01-10T13:00:00Z", "2027-01-11T02:00:00Z",
                "Venue", null, null, null, null, null, null, null, null);
        Event e = f.service.createEvent(host, running);
        EventCommand past = command("Party", "2027-01-10T11:00:00Z", null, null, null, List.of());
        assertThat(invalidFields(() -> f.service.updateEvent(host, e.id(), past, OptionalLong.empty())))
                .containsExactly("startsAt");
        f.clock.set(Instant.parse("2027-01-10T13:30:00Z"));
        EventCommand described = new EventCommand("Party", "doors open", "2027-01-10T13:00:00Z",
                "2027-01-11T02:00:00Z", "Venue", null, null, null, null, null, null, null, null);
        assertThat(f.service.updateEvent(host, e.id(), described, OptionalLong.empty()).description())
                .isEqualTo("doors open");
    }

    @Test
    void capacity_cannot_drop_below_the_seats_taken_and_a_raise_fills_the_waitlist() {
        Event e = f.service.createEvent(host, command(2));
        List<Caller> guests = List.of(caller(Role.PARTIER), caller(Role.PARTIER), caller(Role.PARTIER),
                caller(Role.PARTIER));
        guests.forEach(g -> f.rsvpService.rsvp(g, e.id(), new RsvpCommand("going")));
        assertThat(invalidFields(() -> f.service.updateEvent(host, e.id(), command(1), OptionalLong.empty())))
                .containsExactly("capacity");
        f.service.updateEvent(host, e.id(), command(3), OptionalLong.empty());
        assertThat(f.rsvps.find(e.id(), guests.get(2).userId()).orElseThrow().status()).isEqualTo(RsvpStatus.GOING);
        assertThat(f.rsvps.find(e.id(), guests.get(3).userId()).orElseThrow().status())
                .isEqualTo(RsvpStatus.WAITLISTED);
        f.service.updateEvent(host, e.id(), command(null), OptionalLong.empty());
        assertThat(f.rsvps.counts(e.id())).isEqualTo(new RsvpCounts(4, 0, 0, 0));
    }

    @Test
    void cancel_is_final_and_blocks_changes() {
        Event e = f.service.createEvent(host, command(50));
        Event cancelled = f.service.cancelEvent(host, e.id(), new CancelEvent("Rain"));
        assertThat(cancelled.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(cancelled.version()).isEqualTo(2);
        assertThat(f.events.events.get(e.id())).isEqualTo(cancelled);
        failsWith(Conflict.class, "EVENT_CANCELLED", () -> f.service.cancelEvent(host, e.id(), new CancelEvent(null)));
        failsWith(Conflict.class, "EVENT_CANCELLED", () -> f.service.updateEvent(host, e.id(), command(5),
                OptionalLong.empty()));
    }

    @Test
    void an_event_that_is_over_cannot_be_changed() {
        Event e = f.service.createEvent(host, command(50));
        f.clock.set(e.startsAt());
        failsWith(Conflict.class, "EVENT_ENDED", () -> f.service.cancelEvent(host, e.id(), new CancelEvent(null)));
        failsWith(Conflict.class, "EVENT_ENDED", () -> f.service.updateEvent(host, e.id(), command(5),
                OptionalLong.empty()));
    }
}
