package io.ensemble.app.integrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.marketplace.Market;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 26 §3 end to end: API keys created by admins ({@code ens_live_…} shown once, stored hashed),
 * used as {@code Authorization: Bearer} on the routes their scopes allow (403 elsewhere), revoked or
 * expired → 401 at once, every use audited; the key routes' and the feed route's authorization and
 * bad input.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiKeyRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private Market market;
    private Integrators integrators;
    private Accounts.Session admin;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        market = new Market(api, new RoleSessions(api, new Inbox(MAIL)));
        integrators = new Integrators(api);
        admin = market.admin();
    }

    private Reply create(Accounts.Session as, Map<String, Object> body) {
        return api.post(Integrators.KEYS, body, as.accessToken());
    }

    @Test
    void a_key_is_shown_once_stored_hashed_and_works_only_on_the_routes_its_scopes_allow() {
        Reply created = create(admin, Map.of("name", "crm", "scopes", List.of("orders:read", "users:read")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = created.data().path("key").asText();
        String id = created.data().path("id").asText();
        assertThat(key).startsWith("ens_live_").hasSizeGreaterThan(40);
        assertThat(Sql.count("SELECT count(*) FROM api_keys WHERE id = ? AND key_hash <> ? AND position(? in key_hash) = 0",
                UUID.fromString(id), key, key)).isEqualTo(1);
        Reply listed = api.get(Integrators.KEYS, admin.accessToken());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.raw()).contains(id).doesNotContain(key);

        Accounts.Session creator = market.creator();
        Reply orders = api.get("/api/v1/admin/orders?limit=1", key);
        assertThat(orders.status()).as(orders.toString()).isEqualTo(200);
        Reply profile = api.get("/api/v1/profile/" + creator.userId(), key);
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);

        Market.assertError(api.get(Integrators.FEED, key), 403, "API_KEY_SCOPE");
        Market.assertError(api.get(Integrators.KEYS, key), 403, "API_KEY_SCOPE");
        Market.assertError(api.get("/api/v1/auth/me", key), 403, "API_KEY_SCOPE");
        assertThat(Sql.count("SELECT count(*) FROM audit_records WHERE action = 'api_key_used' AND target_id = ?",
                id)).as("each accepted use audited").isEqualTo(2);
        assertThat(Sql.count("SELECT count(*) FROM api_keys WHERE id = ? AND last_used_at IS NOT NULL",
                UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void a_revoked_or_expired_or_unknown_key_is_refused_with_401_at_once() {
        String key = integrators.key(admin, "events:read");
        String id = api.get(Integrators.KEYS, admin.accessToken()).data().get(0).path("id").asText();
        assertThat(api.get(Integrators.FEED, key).status()).isEqualTo(200);

        Reply revoked = api.sendRaw("DELETE", Integrators.KEYS + "/" + id, null, admin.accessToken(), Map.of());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        Market.assertError(api.get(Integrators.FEED, key), 401, "INVALID_API_KEY");
        assertThat(Sql.count("SELECT count(*) FROM audit_records WHERE action = 'api_key_revoked' AND target_id = ?",
                id)).isEqualTo(1);

        Reply expiring = create(admin, Map.of("name", "short", "scopes", List.of("events:read"), "expiresAt",
                Instant.now().plusSeconds(3600).toString()));
        assertThat(expiring.status()).as(expiring.toString()).isEqualTo(201);
        String shortKey = expiring.data().path("key").asText();
        assertThat(api.get(Integrators.FEED, shortKey).status()).isEqualTo(200);
        Sql.execute("UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = ?",
                UUID.fromString(expiring.data().path("id").asText()));
        Market.assertError(api.get(Integrators.FEED, shortKey), 401, "INVALID_API_KEY");

        Market.assertError(api.get(Integrators.FEED, "ens_live_" + "x".repeat(43)), 401, "INVALID_API_KEY");
    }

    @Test
    void only_admins_manage_keys_and_bad_input_is_refused_with_nothing_written() {
        Accounts.Session brand = market.brand();
        Market.assertError(create(brand, Map.of("name", "mine", "scopes", List.of("events:read"))), 403, "FORBIDDEN");
        Market.assertError(api.get(Integrators.KEYS, brand.accessToken()), 403, "FORBIDDEN");
        String key = integrators.key(admin, "events:read");
        String id = api.get(Integrators.KEYS, admin.accessToken()).data().get(0).path("id").asText();
        Market.assertError(api.sendRaw("DELETE", Integrators.KEYS + "/" + id, null, brand.accessToken(), Map.of()),
                403, "FORBIDDEN");
        assertThat(api.get(Integrators.FEED, key).status()).as("not revoked by the brand").isEqualTo(200);

        String name = "bad-" + UUID.randomUUID();
        Reply unknownScope = create(admin, Map.of("name", name, "scopes", List.of("everything")));
        Market.assertError(unknownScope, 400, "VALIDATION_FAILED");
        assertThat(unknownScope.invalidFields()).containsExactly("scopes");
        Reply noScopes = create(admin, Map.of("name", name, "scopes", List.of()));
        assertThat(noScopes.invalidFields()).containsExactly("scopes");
        Map<String, Object> noName = new HashMap<>(Map.of("scopes", List.of("events:read")));
        assertThat(create(admin, noName).invalidFields()).containsExactly("name");
        Reply past = create(admin, Map.of("name", name, "scopes", List.of("events:read"), "expiresAt",
                "2020-01-01T00:00:00Z"));
        assertThat(past.invalidFields()).containsExactly("expiresAt");
        assertThat(Sql.count("SELECT count(*) FROM api_keys WHERE name = ?", name)).isZero();
        Market.assertError(api.sendRaw("DELETE", Integrators.KEYS + "/" + UUID.randomUUID(), null,
                admin.accessToken(), Map.of()), 404, "NOT_FOUND");
    }

    private List<com.fasterxml.jackson.databind.JsonNode> feedAbout(String role, String id, String types) {
        return integrators.feedFromStart(admin.accessToken(), types).stream()
                .filter(e -> e.path("subjects").path(role).asText().equals(id)).toList();
    }

    @Test
    void the_feed_carries_account_connection_and_event_activity_with_their_subjects() {
        Accounts.Session salon = market.creator();
        Accounts.Session ada = market.brand();
        Reply request = api.post("/api/v1/connections/request", Map.of("receiverId", ada.userId()),
                salon.accessToken());
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        String requestId = request.data().path("id").asText();
        Reply accepted = api.sendRaw("PATCH", "/api/v1/connections/requests/" + requestId + "/accept", null,
                ada.accessToken(), Map.of());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        var events = new io.ensemble.app.events.Events(api, new RoleSessions(api, new Inbox(MAIL)));
        Accounts.Session host = events.host();
        Accounts.Session partier = events.partier();
        var launch = io.ensemble.app.events.Events.body("Launch party", 10);
        launch.remove("ticketPrice"); // a free event: going to a priced one needs a ticket (issue 21 §3)
        String eventId = events.create(host, launch);
        assertThat(events.rsvp(eventId, "going", partier).status()).isEqualTo(200);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                feedAbout("request", requestId, "connection.requested,connection.accepted").size() == 2
                        && feedAbout("event", eventId, "event.created,event.rsvp").size() == 2);
        assertThat(feedAbout("user", ada.userId(), "user.created,user.verified")).extracting(e -> e.path("type")
                .asText()).containsExactly("user.created", "user.verified");
        var connection = feedAbout("request", requestId, "connection.requested,connection.accepted");
        assertThat(connection).extracting(e -> e.path("type").asText()).containsExactly("connection.requested",
                "connection.accepted");
        assertThat(connection.get(1).path("subjects").path("receiver").asText()).isEqualTo(ada.userId());
        var party = feedAbout("event", eventId, "event.created,event.rsvp");
        assertThat(party).extracting(e -> e.path("type").asText()).containsExactly("event.created", "event.rsvp");
        assertThat(party.get(0).path("data").path("title").asText()).isEqualTo("Launch party");
        assertThat(party.get(1).path("subjects").path("user").asText()).isEqualTo(partier.userId());
        assertThat(party.get(1).path("data").path("status").asText()).isEqualTo("GOING");
    }

    @Test
    void the_feed_route_is_for_admins_and_refuses_bad_paging_and_unknown_types() {
        Accounts.Session brand = market.brand();
        Market.assertError(api.get(Integrators.FEED, brand.accessToken()), 403, "FORBIDDEN");
        Reply page = api.get(Integrators.FEED + "?after=0&limit=2&types=user.created", admin.accessToken());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.data().path("items").size()).isEqualTo(2);
        page.data().path("items").forEach(e -> assertThat(e.path("type").asText()).isEqualTo("user.created"));
        long last = page.data().path("lastSeq").asLong();
        Reply next = api.get(Integrators.FEED + "?after=" + last + "&limit=1", admin.accessToken());
        assertThat(next.data().path("items").get(0).path("seq").asLong()).isGreaterThan(last);
        assertThat(next.data().path("items").get(0).path("data").path("email").isMissingNode())
                .as("public view only").isTrue();

        assertThat(api.get(Integrators.FEED + "?after=abc", admin.accessToken()).invalidFields())
                .containsExactly("after");
        assertThat(api.get(Integrators.FEED + "?after=-1", admin.accessToken()).invalidFields())
                .containsExactly("after");
        assertThat(api.get(Integrators.FEED + "?limit=0", admin.accessToken()).invalidFields())
                .containsExactly("limit");
        Reply badType = api.get(Integrators.FEED + "?types=user.created,order.shipped", admin.accessToken());
        Market.assertError(badType, 400, "VALIDATION_FAILED");
        assertThat(badType.invalidFields()).containsExactly("types");
        Market.assertError(api.get(Integrators.FEED, null), 401, "UNAUTHENTICATED");
    }

    @Test
    void a_key_with_orders_write_moves_an_order_and_others_are_403_and_a_revoked_one_401() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String orderId = market.order(brand, market.createPackage(creator, 1999, "USD", 0));
        String path = "/api/v1/orders/" + orderId + "/transitions";
        Map<String, Object> pay = Map.of("action", "record_payment");
        String reader = integrators.key(admin, "events:read");
        long before = Sql.count("SELECT count(*) FROM order_transitions WHERE order_id = ?", UUID.fromString(orderId));
        Reply refused = api.post(path, pay, reader);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("API_KEY_SCOPE");
        assertThat(Sql.count("SELECT count(*) FROM order_transitions WHERE order_id = ?", UUID.fromString(orderId)))
                .as("nothing moved").isEqualTo(before);

        Reply created = create(admin, Map.of("name", "ops", "scopes", List.of("orders:write")));
        String writer = created.data().path("key").asText();
        Reply moved = api.post(path, pay, writer);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.data().path("status").asText()).isEqualTo("PAID");

        Reply revoked = api.sendRaw("DELETE", Integrators.KEYS + "/" + created.data().path("id").asText(), null,
                admin.accessToken(), Map.of());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(api.post(path, Map.of("action", "accept"), writer).status()).isEqualTo(401);
    }
}
