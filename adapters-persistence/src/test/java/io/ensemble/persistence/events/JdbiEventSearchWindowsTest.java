package io.ensemble.persistence.events;

import static io.ensemble.persistence.events.EventsData.NOW;
import static io.ensemble.persistence.events.EventsData.described;
import static io.ensemble.persistence.events.EventsData.event;
import static io.ensemble.persistence.events.EventsData.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.events.Event;
import io.ensemble.events.EventCursor;
import io.ensemble.events.EventListing;
import io.ensemble.events.EventOrder;
import io.ensemble.events.EventQuery;
import io.ensemble.identity.Role;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.shared.paging.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ranking windows of a text search ({@link EventOrder#RELEVANCE}, issue 21 §1 bench): featured matches
 * first, then the matches in start order cut into windows of {@link EventOrder#WINDOW}, best match first inside
 * each window; keyset pages visit every match once. Both plans: few matches collected (GIN) and the start-index
 * walk ({@code fewMatches = 1}).
 */
class JdbiEventSearchWindowsTest extends DatabaseTestBase {
    private static final int EVENTS = 2 * EventOrder.WINDOW + 50;

    @ParameterizedTest(name = "fewMatches={0}")
    @ValueSource(ints = {1, JdbiEventSearchRepository.FEW_MATCHES})
    void ranks_within_windows_of_soonest_matches_and_pages_visit_every_match_once(int fewMatches) {
        JdbiEventRepository events = new JdbiEventRepository(handles);
        JdbiEventSearchRepository search = new JdbiEventSearchRepository(handles, fewMatches);
        UUID host = EventsData.user(handles, Role.HOST);
        List<UUID> bySoonest = new ArrayList<>();
        List<UUID> inTitle = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            Event e = event(host, i % 2 == 0 ? "Party " + i : "Show " + i, NOW.plus(Duration.ofHours(1 + i)));
            if (i % 2 == 1) {
                e = described(e, "Club", "an after party", List.of());
            } else {
                inTitle.add(e.id());
            }
            events.insert(e);
            bySoonest.add(e.id());
        }
        Event gala = with(event(host, "Gala", NOW.plus(Duration.ofDays(400))), true, Optional.empty(),
                OptionalInt.empty());
        gala = described(gala, "Club", "party all night", List.of());
        events.insert(gala);
        events.insert(event(host, "Opera", NOW.plus(Duration.ofHours(3))));

        List<EventListing> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            EventQuery query = EventQuery.parse("party", null, null, null, null, null, null, null,
                    cursor.orElse(null), "37");
            Page<EventListing> page = Page.fromOverfetch(search.search(query, NOW, query.limit() + 1), query.limit(),
                    l -> EventCursor.after(l, query.order()).encode());
            seen.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor.isPresent());

        List<UUID> ids = seen.stream().map(l -> l.event().id()).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(EVENTS + 1);
        assertThat(ids.get(0)).as("featured first").isEqualTo(gala.id());
        List<UUID> startOrder = new ArrayList<>(List.of(gala.id()));
        startOrder.addAll(bySoonest);
        for (int start = 0; start < startOrder.size(); start += EventOrder.WINDOW) {
            int end = Math.min(startOrder.size(), start + EventOrder.WINDOW);
            List<UUID> window = ids.subList(start, end);
            List<UUID> soonest = startOrder.subList(start, end);
            assertThat(window).as("window at %d holds the next matches in start order", start)
                    .containsExactlyInAnyOrderElementsOf(soonest);
            int first = start == 0 ? 1 : 0;
            long titles = soonest.stream().filter(inTitle::contains).count();
            assertThat(window.subList(first, first + (int) titles)).as("title matches first in window at %d", start)
                    .allMatch(inTitle::contains);
            List<EventListing> rows = seen.subList(start + first, end);
            for (int i = 1; i < rows.size(); i++) {
                assertThat(rows.get(i).relevance()).isLessThanOrEqualTo(rows.get(i - 1).relevance());
            }
        }
    }
}
