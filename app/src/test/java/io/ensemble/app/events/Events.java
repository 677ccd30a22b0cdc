package io.ensemble.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Accounts, bodies and calls shared by the event route tests (issue 21). */
public final class Events {
    private final Api api;
    private final RoleSessions roles;

    public Events(Api api, RoleSessions roles) {
        this.api = api;
        this.roles = roles;
    }

    public Accounts.Session host() {
        return roles.of("HOST");
    }

    public Accounts.Session partier() {
        return roles.of("PARTIER");
    }

    Accounts.Session admin() {
        return roles.admin();
    }

    /** A start {@code days} from now, whole seconds. */
    static Instant inDays(long days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A unique tag slug, so a search in the shared database finds only this test's events. */
    static String uniqueTag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A valid create body: Los Angeles, $50.00, 200 seats, starting in {@code days} days. */
    public static Map<String, Object> body(String title, long days) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("description", "Celebrate the new year!");
        b.put("startsAt", inDays(days).toString());
        b.put("endsAt", inDays(days).plus(5, ChronoUnit.HOURS).toString());
        b.put("location", "Downtown LA");
        b.put("latitude", 34.0522);
        b.put("longitude", -118.2437);
        b.put("ticketPrice", Map.of("amount", 5000, "currency", "usd"));
        b.put("capacity", 200);
        b.put("tags", new ArrayList<>(List.of("new-year", "party")));
        b.put("images", List.of("https://cdn.example.com/uploads/img1.jpg"));
        return b;
    }

    /** Creates {@code body} as {@code host}, asserting 201; @return the event's id */
    public String create(Accounts.Session host, Map<String, Object> body) {
        Reply r = api.post("/api/v1/events", body, host.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data().path("id").asText();
    }

    Reply put(String path, Object body, Accounts.Session who) {
        return api.sendRaw("PUT", path, Api.toJson(body), who == null ? null : who.accessToken(), Map.of());
    }

    public Reply rsvp(String eventId, String status, Accounts.Session who) {
        return put("/api/v1/events/" + eventId + "/rsvp", Map.of("status", status), who);
    }

    /** @return how many events {@code host} has stored */
    static long eventsOf(Accounts.Session host) {
        return Sql.count("SELECT count(*) FROM events WHERE host_id = ?", UUID.fromString(host.userId()));
    }

    static void assertError(Reply r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().path("success").asBoolean(true)).as(r.toString()).isFalse();
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.json().path("message").asText()).isNotBlank();
    }

    /** Asserts a 400 VALIDATION_FAILED whose details name {@code fields}. */
    static void assertInvalid(Reply r, String... fields) {
        assertError(r, 400, "VALIDATION_FAILED");
        assertThat(r.json().path("details").findValuesAsText("field")).as(r.toString()).contains(fields);
    }
}
