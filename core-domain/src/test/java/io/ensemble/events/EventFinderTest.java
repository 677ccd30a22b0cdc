package io.ensemble.events;

import static io.ensemble.events.fakes.EventsFixture.caller;
import static io.ensemble.events.fakes.EventsFixture.command;
import static io.ensemble.testing.DomainAssertions.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.events.fakes.EventsFixture;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.paging.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Search paging of {@link EventFinder} and the parsing of {@link EventQuery} and {@link EventCursor}. */
class EventFinderTest {
    private final EventsFixture f = new EventsFixture();
    private final Caller host = caller(Role.HOST);
    private final Caller admin = caller(Role.ADMIN);

    private static EventQuery query(String near, String text, String cursor, String limit) {
        return EventQuery.parse(text, null, null, near, near == null ? null : "100", List.of(), null, null, cursor,
                limit);
    }

    @Test
    void pages_follow_featured_first_then_start_without_repeats() {
        List<UUID> expected = new ArrayList<>();
        for (int day = 20; day >= 11; day--) {
            expected.add(0, f.service.createEvent(host, command("Party " + day, "2027-01-" + day + "T21:00:00Z",
                    null, null, null, List.of())).id());
        }
        Event top = f.service.createEvent(admin, new EventCommand("Gala", null, "2027-01-30T21:00:00Z", null,
                "Hall", null, null, null, null, null, null, null, true));
        expected.add(0, top.id());
        List<UUID> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<EventListing> page = f.finder.search(query(null, null, cursor.orElse(null), "4"));
            page.items().forEach(l -> seen.add(l.event().id()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void near_sorts_by_distance_and_drops_events_out_of_range() {
        Event la = f.service.createEvent(host, command("LA", "2027-01-17T21:00:00Z", 34.05, -118.25, null, List.of()));
        Event pasadena = f.service.createEvent(host, command("Pasadena", "2027-01-15T21:00:00Z", 34.15, -118.14,
                null, List.of()));
        f.service.createEvent(host, command("NYC", "2027-01-16T21:00:00Z", 40.71, -74.0, null, List.of()));
        f.service.createEvent(host, command("Nowhere", "2027-01-16T21:00:00Z", null, null, null, List.of()));
        Page<EventListing> page = f.finder.search(query("34.06,-118.24", null, null, null));
        assertThat(page.items()).extracting(l -> l.event().id()).containsExactly(la.id(), pasadena.id());
        assertThat(page.items().get(0).distanceKm().getAsDouble()).isBetween(1.0, 2.0);
        assertThat(page.items().get(1).distanceKm().getAsDouble()).isBetween(13.5, 13.7);
        assertThat(new GeoPoint(34.05, -118.25).metresTo(new GeoPoint(40.71, -74.0)) / 1000)
                .as("LA to New York, great circle").isBetween(3930.0, 3950.0);
    }

    @Test
    void past_and_cancelled_events_are_not_listed() {
        Event soon = f.service.createEvent(host, command("Soon", "2027-01-10T13:00:00Z", null, null, null, List.of()));
        Event later = f.service.createEvent(host, command(5));
        Event off = f.service.createEvent(host, command(5));
        f.service.cancelEvent(host, off.id(), new CancelEvent(null));
        f.clock.set(soon.startsAt().plusSeconds(1));
        assertThat(f.finder.search(query(null, null, null, null)).items()).extracting(l -> l.event().id())
                .containsExactly(later.id());
    }

    @Test
    void query_names_every_bad_filter() {
        assertThat(invalidFields(() -> EventQuery.parse("x".repeat(101), "soon", "2027-01-01T00:00:00Z",
                "91,0", "0", List.of("bad tag"), "yes", "not-a-uuid", "%%%", "ten")))
                .containsExactly("text", "from", "near", "radiusKm", "tags", "featured", "hostId", "limit", "cursor");
        assertThat(invalidFields(() -> EventQuery.parse(null, "2027-02-01T00:00:00Z", "2027-01-01T00:00:00Z",
                null, "10", null, null, null, null, null))).containsExactly("to", "radiusKm");
        assertThat(invalidFields(() -> EventQuery.parse(null, null, null, "34.0;-118", null, null, null, null,
                null, null))).containsExactly("near");
    }

    @Test
    void query_picks_its_order_and_cursors_only_fit_their_order() {
        EventQuery byStart = query(null, null, null, null);
        EventQuery byText = query(null, "techno", null, null);
        EventQuery byDistance = query("34,-118", "techno", null, null);
        assertThat(byStart.order()).isEqualTo(EventOrder.START);
        assertThat(byText.order()).isEqualTo(EventOrder.RELEVANCE);
        assertThat(byDistance.order()).isEqualTo(EventOrder.DISTANCE);
        assertThat(byDistance.radiusMetres()).isEqualTo(100_000d);
        assertThat(query(null, null, null, "500").limit()).isEqualTo(100);
        EventCursor c = new EventCursor(EventOrder.DISTANCE, true, java.time.Instant.EPOCH, 1234.5678901234,
                0f, UUID.randomUUID());
        assertThat(EventCursor.decode(c.encode(), EventOrder.DISTANCE)).isEqualTo(c);
        assertThat(invalidFields(() -> query(null, null, c.encode(), null))).containsExactly("cursor");
        EventCursor r = new EventCursor(EventOrder.RELEVANCE, false, java.time.Instant.EPOCH, 0, 0.123456f,
                UUID.randomUUID());
        assertThat(EventCursor.decode(r.encode(), EventOrder.RELEVANCE)).isEqualTo(r);
        EventQuery q = EventQuery.parse(null, null, null, null, null, List.of("Techno,#House", " jazz"), "true",
                "00000000-0000-0000-0000-000000000001", null, null);
        assertThat(q.tags()).containsExactly("techno", "house", "jazz");
        assertThat(q.featuredOnly()).isTrue();
        assertThat(q.hostId()).contains(new UUID(0, 1));
    }
}
