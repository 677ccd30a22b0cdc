package io.ensemble.app.events;

import static io.ensemble.app.events.Events.assertError;
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
import io.ensemble.app.support.Sql;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** End-to-end: hosts create, replace, cancel and read events (issue 21 §1) over HTTP on real PostgreSQL. */
@ExtendWith(DropwizardExtensionsSupport.class)
class EventRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private Events events;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        events = new Events(api, new RoleSessions(api, new Inbox(MAIL)));
    }

    @Test
    void host_creates_an_event_with_every_field_and_anyone_signed_in_reads_it() {
        Accounts.Session host = events.host();
        Map<String, Object> body = Events.body("New Year's Eve Party", 10);
        body.put("tags", List.of("#New-Year", "party", "PARTY"));
        Reply created = api.post("/api/v1/events", body, host.accessToken());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data().path("hostId").asText()).isEqualTo(host.userId());
        assertThat(created.data().path("ticketPrice").path("amount").asLong()).isEqualTo(5000);
        assertThat(created.data().path("ticketPrice").path("currency").asText()).isEqualTo("USD");
        assertThat(created.data().path("latitude").asDouble()).isEqualTo(34.0522);
        assertThat(created.data().path("capacity").asInt()).isEqualTo(200);
        assertThat(created.data().path("tags")).extracting(n -> n.asText()).containsExactly("new-year", "party");
        assertThat(created.data().path("isFeatured").asBoolean(true)).isFalse();
        assertThat(created.data().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(created.data().path("version").asLong()).isEqualTo(1);
        assertThat(created.data().path("startsAt").asText()).isEqualTo(body.get("startsAt"));

        String id = created.data().path("id").asText();
        Reply detail = api.get("/api/v1/events/" + id, events.partier().accessToken());
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        assertThat(detail.data().path("event").path("title").asText()).isEqualTo("New Year's Eve Party");
        assertThat(detail.data().path("counts").path("going").asLong()).isZero();
        assertThat(detail.data().path("myRsvp").isNull()).isTrue();
        assertThat(detail.data().path("isGoing").asBoolean(true)).isFalse();
    }

    @Test
    void free_unlimited_events_without_coordinates_are_accepted() {
        Accounts.Session host = events.host();
        Map<String, Object> body = Events.body("Picnic", 3);
        body.remove("ticketPrice");
        body.remove("capacity");
        body.remove("latitude");
        body.remove("longitude");
        body.remove("endsAt");
        Reply created = api.post("/api/v1/events", body, host.accessToken());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data().path("ticketPrice").isNull()).isTrue();
        assertThat(created.data().path("capacity").isNull()).isTrue();
        assertThat(created.data().path("latitude").isNull()).isTrue();
    }

    @Test
    void host_replaces_an_event_and_a_stale_expected_version_is_a_conflict() {
        Accounts.Session host = events.host();
        String id = events.create(host, Events.body("Rooftop", 5));
        Map<String, Object> body = Events.body("Rooftop Sunset", 6);
        body.put("capacity", 50);
        body.put("expectedVersion", 1);
        Reply updated = events.put("/api/v1/events/" + id, body, host);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.data().path("title").asText()).isEqualTo("Rooftop Sunset");
        assertThat(updated.data().path("capacity").asInt()).isEqualTo(50);
        assertThat(updated.data().path("version").asLong()).isEqualTo(2);

        body.put("title", "Lost update");
        assertError(events.put("/api/v1/events/" + id, body, host), 409, "VERSION_CONFLICT");
        assertThat(Sql.count("SELECT count(*) FROM events WHERE id = ? AND title = 'Rooftop Sunset'",
                UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void host_cancels_an_event_which_then_takes_no_changes() {
        Accounts.Session host = events.host();
        String id = events.create(host, Events.body("Warehouse", 4));
        Reply cancelled = api.post("/api/v1/events/" + id + "/cancel", Map.of("reason", "Venue flooded"),
                host.accessToken());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.data().path("status").asText()).isEqualTo("CANCELLED");
        assertError(api.post("/api/v1/events/" + id + "/cancel", Map.of(), host.accessToken()),
                409, "EVENT_CANCELLED");
        assertError(events.put("/api/v1/events/" + id, Events.body("Again", 4), host), 409, "EVENT_CANCELLED");
        Reply detail = api.get("/api/v1/events/" + id, host.accessToken());
        assertThat(detail.data().path("event").path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void non_hosts_cannot_create_and_only_admins_feature() {
        Accounts.Session partier = events.partier();
        assertError(api.post("/api/v1/events", Events.body("Mine", 2), partier.accessToken()), 403, "FORBIDDEN");
        assertThat(Events.eventsOf(partier)).isZero();

        Accounts.Session host = events.host();
        Map<String, Object> featured = Events.body("Featured", 2);
        featured.put("isFeatured", true);
        assertError(api.post("/api/v1/events", featured, host.accessToken()), 403, "FORBIDDEN");
        assertThat(Events.eventsOf(host)).isZero();

        Accounts.Session admin = events.admin();
        Reply byAdmin = api.post("/api/v1/events", featured, admin.accessToken());
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(201);
        assertThat(byAdmin.data().path("isFeatured").asBoolean()).isTrue();
    }

    @Test
    void an_admin_changes_any_hosts_event_and_features_it() {
        Accounts.Session host = events.host();
        String id = events.create(host, Events.body("Hosted", 3));
        Map<String, Object> body = Events.body("Hosted", 3);
        body.put("isFeatured", true);
        assertError(events.put("/api/v1/events/" + id, body, host), 403, "FORBIDDEN");
        Reply featured = events.put("/api/v1/events/" + id, body, events.admin());
        assertThat(featured.status()).as(featured.toString()).isEqualTo(200);
        assertThat(featured.data().path("isFeatured").asBoolean()).isTrue();
        assertThat(featured.data().path("hostId").asText()).isEqualTo(host.userId());
        body.remove("isFeatured");
        body.put("title", "Hosted, renamed");
        Reply kept = events.put("/api/v1/events/" + id, body, host);
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.data().path("isFeatured").asBoolean()).isTrue();
    }

    @Test
    void another_hosts_event_is_not_found_on_change_and_stays_unchanged() {
        Accounts.Session owner = events.host();
        Accounts.Session other = events.host();
        String id = events.create(owner, Events.body("Owner's", 3));
        assertError(events.put("/api/v1/events/" + id, Events.body("Taken", 3), other), 404, "NOT_FOUND");
        assertError(api.post("/api/v1/events/" + id + "/cancel", Map.of(), other.accessToken()), 404, "NOT_FOUND");
        assertThat(Sql.count("SELECT count(*) FROM events WHERE id = ? AND title = 'Owner''s' AND status = 'ACTIVE'"
                + " AND version = 1", UUID.fromString(id))).isEqualTo(1);
        assertError(api.get("/api/v1/events/" + UUID.randomUUID(), other.accessToken()), 404, "NOT_FOUND");
        assertError(api.get("/api/v1/events/not-an-id", other.accessToken()), 404, "NOT_FOUND");
    }

    @Test
    void every_route_needs_a_token() {
        Accounts.Session host = events.host();
        String id = events.create(host, Events.body("Private", 3));
        assertThat(api.post("/api/v1/events", Events.body("Anon", 3)).status()).isEqualTo(401);
        assertThat(events.put("/api/v1/events/" + id, Events.body("Anon", 3), null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/events/" + id + "/cancel", Map.of()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/events").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/events/" + id).status()).isEqualTo(401);
        assertThat(Sql.count("SELECT count(*) FROM events WHERE id = ? AND status = 'ACTIVE' AND version = 1",
                UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void bad_fields_are_rejected_naming_each_and_nothing_is_written() {
        Accounts.Session host = events.host();
        Map<String, Object> past = Events.body("Past", -1);
        past.remove("endsAt");
        assertInvalid(api.post("/api/v1/events", past, host.accessToken()), "startsAt");

        Map<String, Object> bad = Events.body("", 3);
        bad.put("endsAt", Events.inDays(2).toString());
        bad.put("capacity", 0);
        bad.put("latitude", 91);
        bad.put("longitude", -181);
        bad.put("tags", List.of("no spaces allowed!"));
        bad.put("ticketPrice", Map.of("amount", -5, "currency", "USD"));
        Reply r = api.post("/api/v1/events", bad, host.accessToken());
        assertInvalid(r, "title", "endsAt", "capacity", "latitude", "longitude", "tags", "ticketPrice.amount");
        assertThat(Events.eventsOf(host)).isZero();

        String id = events.create(host, Events.body("Good", 3));
        Map<String, Object> badUpdate = Events.body("Good", 3);
        badUpdate.put("images", List.of("http://insecure.example.com/a.jpg"));
        assertInvalid(events.put("/api/v1/events/" + id, badUpdate, host), "images");
        assertInvalid(api.post("/api/v1/events/" + id + "/cancel", Map.of("reason", "x".repeat(501)),
                host.accessToken()), "reason");
        assertThat(Sql.count("SELECT count(*) FROM events WHERE id = ? AND status = 'ACTIVE' AND version = 1",
                UUID.fromString(id))).isEqualTo(1);
    }
}
