package io.ensemble.app.compat.sioree;

import static io.ensemble.app.compat.sioree.SioreeClient.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Seeds/000 §Events Endpoints under {@code CLIENT_PROFILE=sioree} (issue 21 §4), end to end. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SioreeEventsTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = SioreeClient.app(SMTP);

    private Api api;
    private SioreeClient client;
    private SioreeClient.User host;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        client = new SioreeClient(api);
        host = client.signup("host");
    }

    private String create(Map<String, Object> body) {
        Reply r = api.post("/api/events", body, host.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private static List<String> ids(Reply r) {
        List<String> ids = new ArrayList<>();
        r.json().path("events").forEach(e -> ids.add(e.path("id").asText()));
        return ids;
    }

    @Test
    void a_host_creates_an_event_with_a_decimal_price_stored_in_minor_units() {
        String marker = "Nye" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = SioreeClient.event("New Year's Eve Party " + marker, 30);
        body.put("ticketPrice", 49.99);
        Reply r = api.post("/api/events", body, host.token());

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("hostId").asText()).isEqualTo(host.id());
        assertThat(r.json().path("title").asText()).isEqualTo(body.get("title"));
        assertThat(Instant.parse(r.json().path("date").asText())).isEqualTo(Instant.parse((String) body.get("date")));
        assertThat(r.json().path("location").asText()).isEqualTo("Downtown LA");
        assertThat(r.json().path("createdAt").asText()).isNotBlank();
        assertThat(Sql.count("SELECT count(*) FROM events WHERE id = ?::uuid AND price_amount = 4999 "
                + "AND price_currency = 'USD'", r.json().path("id").asText())).isEqualTo(1);

        Reply list = api.get("/api/events?search=" + marker);
        JsonNode listed = list.json().path("events").get(0);
        assertThat(listed.path("priceText").asText()).isEqualTo("$49.99");
        assertThat(listed.path("ticketPrice").decimalValue()).isEqualByComparingTo("49.99");
        assertThat(listed.path("hostName").asText()).isEqualTo(host.name());
        assertThat(listed.path("tags").toString()).isEqualTo("[\"New Year\",\"Party\"]");
        assertThat(listed.path("isFeatured").asBoolean(true)).isFalse();
        assertThat(listed.path("imageName").asText()).isNotBlank();
    }

    @Test
    void partiers_find_events_by_location_point_and_date_with_page_numbers() {
        String marker = "Rooftop" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = SioreeClient.event(marker + " one", 9);
        body.put("latitude", 10.5);
        body.put("longitude", 20.5);
        String first = create(body);
        Map<String, Object> second = SioreeClient.event(marker + " two", 9);
        second.put("latitude", 10.5);
        second.put("longitude", 20.6);
        String other = create(second);
        String day = ((String) body.get("date")).substring(0, 10);

        Reply near = api.get("/api/events?location=10.5,20.5&date=" + day + "&page=1&limit=1");
        assertThat(near.status()).as(near.toString()).isEqualTo(200);
        assertThat(ids(near)).containsExactly(first);
        assertThat(near.json().path("total").asLong()).isEqualTo(2);
        assertThat(near.json().path("page").asInt()).isEqualTo(1);
        assertThat(ids(api.get("/api/events?location=10.5,20.5&date=" + day + "&page=2&limit=1")))
                .containsExactly(other);
        assertThat(ids(api.get("/api/events?location=10.5,20.5&date=2099-01-01"))).isEmpty();
        assertThat(ids(api.get("/api/events?search=" + marker))).containsExactlyInAnyOrder(first, other);
    }

    @Test
    void a_partier_rsvps_and_sees_it_in_the_detail() {
        String id = create(SioreeClient.event("RSVP party", 4));
        SioreeClient.User partier = client.signup("partier");
        Reply rsvp = api.post("/api/events/" + id + "/rsvp", Map.of("status", "going"), partier.token());
        assertThat(rsvp.status()).as(rsvp.toString()).isEqualTo(200);
        assertThat(rsvp.json().path("status").asText()).isEqualTo("going");
        Reply detail = api.get("/api/events/" + id, partier.token());
        assertThat(detail.json().path("isGoing").asBoolean()).isTrue();
        assertThat(detail.json().path("goingCount").asLong()).isEqualTo(1);
        assertThat(detail.json().path("event").path("id").asText()).isEqualTo(id);
    }

    @Test
    void only_hosts_create_and_nothing_is_written_otherwise() {
        SioreeClient.User partier = client.signup("partier");
        String title = "Not mine " + UUID.randomUUID();
        assertError(api.post("/api/events", SioreeClient.event(title, 3), partier.token()), 403);
        assertError(api.post("/api/events", SioreeClient.event(title, 3)), 401);
        assertError(api.post("/api/events/" + UUID.randomUUID() + "/rsvp", Map.of("status", "going"),
                partier.token()), 404);
        assertThat(Sql.count("SELECT count(*) FROM events WHERE title = ?", title)).isZero();
    }

    @Test
    void bad_events_and_filters_are_400_naming_the_field() {
        String title = "Bad " + UUID.randomUUID();
        Map<String, Object> past = SioreeClient.event(title, -2);
        assertThat(api.post("/api/events", past, host.token()).json().path("error").asText()).startsWith("date:");
        Map<String, Object> price = SioreeClient.event(title, 2);
        price.put("ticketPrice", -5);
        Reply negative = api.post("/api/events", price, host.token());
        assertError(negative, 400);
        assertThat(negative.json().path("error").asText()).contains("ticketPrice");
        Map<String, Object> latitude = SioreeClient.event(title, 2);
        latitude.put("latitude", 123.0);
        assertThat(api.post("/api/events", latitude, host.token()).json().path("error").asText()).contains("latitude");
        assertThat(Sql.count("SELECT count(*) FROM events WHERE title = ?", title)).isZero();

        Reply date = api.get("/api/events?date=tomorrow");
        assertError(date, 400);
        assertThat(date.json().path("error").asText()).contains("date");
        assertError(api.get("/api/events?page=-1"), 400);
        String id = create(SioreeClient.event("Answer me", 2));
        assertError(api.post("/api/events/" + id + "/rsvp", Map.of("status", "maybe"), host.token()), 400);
    }
}
