package io.ensemble.app.events;

import static io.ensemble.app.events.Events.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: searching events (issue 21 §1) by place, time window, tags, text and host, featured
 * first, in cursor pages. Each test tags its events uniquely, so the shared database's other events
 * never match.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class EventSearchTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private Events events;
    private Accounts.Session host;
    private Accounts.Session partier;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        events = new Events(api, new RoleSessions(api, new Inbox(MAIL)));
        host = events.host();
        partier = events.partier();
    }

    private String event(String title, String tag, long days, double lat, double lng) {
        Map<String, Object> body = Events.body(title, days);
        body.put("tags", List.of(tag));
        body.put("latitude", lat);
        body.put("longitude", lng);
        return events.create(host, body);
    }

    private Reply search(String query) {
        Reply r = api.get("/api/v1/events?" + query, partier.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    @Test
    void near_lists_events_within_the_radius_nearest_first_with_their_distance() {
        String tag = Events.uniqueTag();
        String santaMonica = event("Beach", tag, 3, 34.0195, -118.4912);
        String downtown = event("Loft", tag, 4, 34.0522, -118.2437);
        event("Bay", tag, 2, 37.7749, -122.4194);
        Reply r = search("near=34.05,-118.25&radiusKm=50&tags=" + tag);
        assertThat(r.itemIds()).containsExactly(downtown, santaMonica);
        double first = r.data().path("items").get(0).path("distanceKm").asDouble();
        double second = r.data().path("items").get(1).path("distanceKm").asDouble();
        assertThat(first).isLessThan(1.0);
        assertThat(second).isBetween(20.0, 30.0);
        assertThat(search("near=34.05,-118.25&radiusKm=5&tags=" + tag).itemIds()).containsExactly(downtown);
        assertThat(search("near=37.77,-122.42&tags=" + tag).itemIds()).hasSize(1);
    }

    @Test
    void a_date_window_lists_events_that_overlap_it() {
        String tag = Events.uniqueTag();
        event("Early", tag, 3, 34.05, -118.25);
        String middle = event("Middle", tag, 10, 34.05, -118.25);
        event("Late", tag, 20, 34.05, -118.25);
        Reply r = search("from=" + Events.inDays(5) + "&to=" + Events.inDays(15) + "&tags=" + tag);
        assertThat(r.itemIds()).containsExactly(middle);
        assertThat(search("tags=" + tag).itemIds()).hasSize(3);
    }

    @Test
    void tags_match_any_of_them_and_host_text_and_featured_filter() {
        String techno = Events.uniqueTag();
        String jazz = Events.uniqueTag();
        String a = event("Techno Bunker", techno, 3, 34.05, -118.25);
        String b = event("Jazz Brunch", jazz, 4, 34.05, -118.25);
        assertThat(search("tags=" + techno).itemIds()).containsExactly(a);
        assertThat(search("tags=" + techno + "," + jazz).itemIds()).containsExactly(a, b);
        assertThat(search("tags=" + techno + "&tags=" + jazz).itemIds()).containsExactly(a, b);
        assertThat(search("hostId=" + host.userId()).itemIds()).containsExactly(a, b);
        assertThat(search("q=brunch&hostId=" + host.userId()).itemIds()).containsExactly(b);

        Map<String, Object> featured = Events.body("Headliner", 30);
        featured.put("tags", List.of(techno));
        featured.put("isFeatured", true);
        String top = events.create(events.admin(), featured);
        assertThat(search("tags=" + techno).itemIds()).containsExactly(top, a);
        assertThat(search("featured=true&tags=" + techno + "," + jazz).itemIds()).containsExactly(top);
    }

    @Test
    void cursor_pages_walk_every_event_once_and_cancelled_ones_are_not_listed() {
        String tag = Events.uniqueTag();
        List<String> created = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            created.add(event("Night " + day, tag, day, 34.05, -118.25));
        }
        assertThat(api.post("/api/v1/events/" + created.get(4) + "/cancel", Map.of(), host.accessToken()).status())
                .isEqualTo(200);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Reply page = search("limit=2&tags=" + tag + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(page.itemIds());
            cursor = page.data().path("nextCursor").isNull() ? null : page.data().path("nextCursor").asText();
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(created.subList(0, 4));
    }

    @Test
    void bad_parameters_are_rejected_naming_each() {
        assertInvalid(api.get("/api/v1/events?near=200,0&radiusKm=-1", partier.accessToken()), "near", "radiusKm");
        assertInvalid(api.get("/api/v1/events?radiusKm=5", partier.accessToken()), "radiusKm");
        assertInvalid(api.get("/api/v1/events?from=tomorrow&featured=maybe&hostId=x", partier.accessToken()),
                "from", "featured", "hostId");
        assertInvalid(api.get("/api/v1/events?from=" + Events.inDays(5) + "&to=" + Events.inDays(1),
                partier.accessToken()), "to");
        assertInvalid(api.get("/api/v1/events?tags=bad%20tag", partier.accessToken()), "tags");
        assertInvalid(api.get("/api/v1/events?cursor=garbage", partier.accessToken()), "cursor");
        assertInvalid(api.get("/api/v1/events?limit=abc", partier.accessToken()), "limit");
    }
}
