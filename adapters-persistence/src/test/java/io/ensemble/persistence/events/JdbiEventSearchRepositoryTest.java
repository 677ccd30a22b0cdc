package io.ensemble.persistence.events;

import static io.ensemble.persistence.events.EventsData.NOW;
import static io.ensemble.persistence.events.EventsData.at;
import static io.ensemble.persistence.events.EventsData.described;
import static io.ensemble.persistence.events.EventsData.event;
import static io.ensemble.persistence.events.EventsData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ensemble.events.Event;
import io.ensemble.events.EventCursor;
import io.ensemble.events.EventListing;
import io.ensemble.events.EventQuery;
import io.ensemble.events.GeoPoint;
import io.ensemble.identity.Role;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.shared.paging.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link JdbiEventSearchRepository} on real PostgreSQL: each filter, the three orders and keyset paging. */
class JdbiEventSearchRepositoryTest extends DatabaseTestBase {
    private static final GeoPoint DOWNTOWN_LA = new GeoPoint(34.0522, -118.2437);
    private JdbiEventRepository events;
    private JdbiEventSearchRepository search;
    private UUID host;

    @BeforeEach
    void setUp() {
        events = new JdbiEventRepository(handles);
        search = new JdbiEventSearchRepository(handles);
        host = EventsData.user(handles, Role.HOST);
    }

    private Event store(Event e) {
        events.insert(e);
        return e;
    }

    private Event on(int day, String title) {
        return event(host, title, Instant.parse("2027-01-%02dT21:00:00Z".formatted(day)));
    }

    private static EventQuery q(String text, String from, String to, String near, String radiusKm,
                                List<String> tags, String featured, UUID hostId) {
        return EventQuery.parse(text, from, to, near, radiusKm, tags, featured,
                hostId == null ? null : hostId.toString(), null, "100");
    }

    private List<UUID> ids(EventQuery query) {
        return search.search(query, NOW, query.limit() + 1).stream().map(l -> l.event().id()).toList();
    }

    @Test
    void lists_active_events_not_yet_over_featured_first_then_by_start() {
        Event later = store(on(20, "Later"));
        Event sooner = store(on(12, "Sooner"));
        Event gala = store(with(event(host, "Gala", Instant.parse("2027-01-25T20:00:00Z")), true, Optional.empty(),
                OptionalInt.empty()));
        store(on(9, "Over"));
        Event running = store(with(event(host, "Festival", Instant.parse("2027-01-08T10:00:00Z")), false,
                Optional.of(Instant.parse("2027-01-12T10:00:00Z")), OptionalInt.empty()));
        Event off = store(on(15, "Off"));
        events.update(off.cancel(NOW), 1);
        assertThat(ids(q(null, null, null, null, null, null, null, null)))
                .containsExactly(gala.id(), running.id(), sooner.id(), later.id());
    }

    @Test
    void filters_by_date_range_host_tags_and_featured() {
        Event a = store(described(on(12, "A"), "Somewhere", "", List.of("techno", "rooftop")));
        Event b = store(described(event(host, "B", Instant.parse("2027-01-14T21:00:00Z")), "x", "", List.of("jazz")));
        UUID otherHost = EventsData.user(handles, Role.HOST);
        Event c = store(with(event(otherHost, "C", Instant.parse("2027-01-16T21:00:00Z")), true, Optional.empty(),
                OptionalInt.empty()));
        assertThat(ids(q(null, "2027-01-13T00:00:00Z", "2027-01-16T00:00:00Z", null, null, null, null, null)))
                .containsExactly(b.id());
        assertThat(ids(q(null, null, "2027-01-14T21:00:01Z", null, null, null, null, null)))
                .containsExactly(a.id(), b.id());
        assertThat(ids(q(null, null, null, null, null, List.of("jazz,rooftop"), null, null)))
                .containsExactly(a.id(), b.id());
        assertThat(ids(q(null, null, null, null, null, List.of("house"), null, null))).isEmpty();
        assertThat(ids(q(null, null, null, null, null, null, "true", null))).containsExactly(c.id());
        assertThat(ids(q(null, null, null, null, null, null, null, otherHost))).containsExactly(c.id());
        assertThat(ids(q(null, null, null, null, null, null, null, host))).containsExactly(a.id(), b.id());
    }

    @Test
    void near_keeps_events_within_the_radius_nearest_first_with_their_distance() {
        Event santaMonica = store(at(on(12, "Santa Monica"), new GeoPoint(34.0195, -118.4912)));
        Event hollywood = store(at(on(20, "Hollywood"), new GeoPoint(34.0928, -118.3287)));
        Event pasadena = store(at(on(13, "Pasadena"), new GeoPoint(34.1478, -118.1445)));
        store(at(on(14, "San Diego"), new GeoPoint(32.7157, -117.1611)));
        store(on(15, "No coordinates"));
        EventQuery query = q(null, null, null, "34.0522,-118.2437", "30", null, null, null);
        List<EventListing> found = search.search(query, NOW, 10);
        assertThat(found).extracting(l -> l.event().id())
                .containsExactly(hollywood.id(), pasadena.id(), santaMonica.id());
        for (EventListing l : found) {
            assertThat(l.distanceMetres().getAsDouble()).as(l.event().title())
                    .isCloseTo(DOWNTOWN_LA.metresTo(l.event().point().orElseThrow()), within(1.0));
        }
        assertThat(ids(q(null, null, null, "34.0522,-118.2437", "200", null, null, null))).hasSize(4);
    }

    @Test
    void text_matches_words_of_title_tags_location_and_description_and_typos_of_title() {
        Event techno = store(described(on(12, "Techno Night"), "Hangar 9", "", List.of()));
        Event jazz = store(described(on(13, "Sunday Session"), "Blue Note", "smooth jazz and wine", List.of()));
        Event roof = store(described(on(14, "Sunset"), "Rooftop bar", "", List.of("house")));
        assertThat(ids(q("techno", null, null, null, null, null, null, null))).containsExactly(techno.id());
        assertThat(ids(q("technoo", null, null, null, null, null, null, null))).as("typo").containsExactly(techno.id());
        assertThat(ids(q("techn", null, null, null, null, null, null, null))).as("part of a word")
                .containsExactly(techno.id());
        assertThat(ids(q("hangar", null, null, null, null, null, null, null))).containsExactly(techno.id());
        assertThat(ids(q("jazz", null, null, null, null, null, null, null))).containsExactly(jazz.id());
        assertThat(ids(q("house", null, null, null, null, null, null, null))).containsExactly(roof.id());
        assertThat(ids(q("rooftop", null, null, null, null, null, null, null))).containsExactly(roof.id());
        assertThat(ids(q("opera", null, null, null, null, null, null, null))).isEmpty();
    }

    @Test
    void text_ranks_a_title_match_above_a_description_match() {
        Event inDescription = store(described(on(12, "Late Show"), "Club", "a techno set", List.of()));
        Event inTitle = store(described(on(20, "Techno Marathon"), "Club", "", List.of()));
        List<EventListing> found = search.search(q("techno", null, null, null, null, null, null, null), NOW, 10);
        assertThat(found).extracting(l -> l.event().id()).containsExactly(inTitle.id(), inDescription.id());
        assertThat(found.get(0).relevance()).isGreaterThan(found.get(1).relevance());
    }

    @Test
    void keyset_pages_visit_every_row_once_in_each_order() {
        List<UUID> all = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            Event e = event(host, "Party " + i, NOW.plus(Duration.ofHours(1 + i % 4)));
            e = described(at(e, new GeoPoint(34.0 + (i % 5) * 0.01, -118.2)), "Club", "party", List.of());
            all.add(store(with(e, i % 6 == 0, Optional.empty(), OptionalInt.empty())).id());
        }
        for (String[] filters : List.of(new String[] {null, null}, new String[] {null, "34.0,-118.2"},
                new String[] {"party", null})) {
            List<UUID> seen = new ArrayList<>();
            Optional<String> cursor = Optional.empty();
            List<UUID> onePage = null;
            do {
                EventQuery query = EventQuery.parse(filters[0], null, null, filters[1], null, null, null, null,
                        cursor.orElse(null), "4");
                Page<EventListing> page = Page.fromOverfetch(search.search(query, NOW, 5), 4,
                        l -> EventCursor.after(l, query.order()).encode());
                page.items().forEach(l -> seen.add(l.event().id()));
                cursor = page.nextCursor();
                if (onePage == null) {
                    EventQuery whole = EventQuery.parse(filters[0], null, null, filters[1], null, null, null, null,
                            null, "100");
                    onePage = ids(whole);
                }
            } while (cursor.isPresent());
            assertThat(seen).as("order of %s/%s", filters[0], filters[1]).containsExactlyElementsOf(onePage)
                    .containsExactlyInAnyOrderElementsOf(all);
        }
    }
}
