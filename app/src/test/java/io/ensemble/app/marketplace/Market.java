package io.ensemble.app.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Marketplace test actions through the public API: accounts by role, packages, orders, transitions. */
public final class Market {
    private final Api api;
    private final RoleSessions roles;

    public Market(Api api, RoleSessions roles) {
        this.api = api;
        this.roles = roles;
    }

    public Accounts.Session creator() {
        return roles.of("CREATOR");
    }

    public Accounts.Session brand() {
        return roles.of("BRAND");
    }

    /** A verified account promoted to ADMIN in the database, then logged in again (the token carries the role). */
    public Accounts.Session admin() {
        Accounts.Session s = roles.of("BRAND");
        Sql.execute("UPDATE users SET role = 'ADMIN' WHERE id = ?", UUID.fromString(s.userId()));
        return new Accounts(api, null).login(s.email(), Accounts.PASSWORD, s.userId());
    }

    static Map<String, Object> packageBody(long amount, String currency, int revisions) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Three reels");
        body.put("platform", "Instagram");
        body.put("contentType", "Reel");
        body.put("quantity", 3);
        body.put("revisions", revisions);
        body.put("durationDays", 7);
        body.put("price", Map.of("amount", amount, "currency", currency));
        body.put("description", "Three 30-second reels");
        return body;
    }

    /** @return the id of a new active package of {@code creator} */
    public String createPackage(Accounts.Session creator, long amount, String currency, int revisions) {
        Reply r = api.post("/api/v1/packages", packageBody(amount, currency, revisions), creator.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data().path("id").asText();
    }

    Reply placeOrder(Accounts.Session brand, String packageId, String idempotencyKey) {
        Map<String, String> headers = idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey);
        return api.sendRaw("POST", "/api/v1/orders", Api.toJson(Map.of("packageId", packageId,
                "requirements", "Show the product in daylight", "deadline", "2026-12-31")), brand.accessToken(), headers);
    }

    /** @return the id of a new PENDING_PAYMENT order of {@code brand} for the package */
    public String order(Accounts.Session brand, String packageId) {
        Reply r = placeOrder(brand, packageId, null);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data().path("id").asText();
    }

    Reply act(Accounts.Session who, String orderId, String action) {
        return api.post("/api/v1/orders/" + orderId + "/transitions", Map.of("action", action), who.accessToken());
    }

    Reply act(Accounts.Session who, String orderId, Map<String, Object> body) {
        return api.post("/api/v1/orders/" + orderId + "/transitions", body, who.accessToken());
    }

    /** Applies the action and asserts 200 and the resulting status. @return the reply */
    public Reply expect(Accounts.Session who, String orderId, Map<String, Object> body, String status) {
        Reply r = act(who, orderId, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("status").asText()).isEqualTo(status);
        return r;
    }

    public Reply expect(Accounts.Session who, String orderId, String action, String status) {
        return expect(who, orderId, Map.of("action", action), status);
    }

    public static Map<String, Object> deliver(String... links) {
        return Map.of("action", "deliver", "deliverables", List.of(links));
    }

    /** Drives a new order to PAID (pay by the brand, record_payment by the admin). */
    public String paidOrder(Accounts.Session brand, Accounts.Session admin, String packageId) {
        String id = order(brand, packageId);
        expect(brand, id, "pay", "PENDING_PAYMENT");
        expect(admin, id, "record_payment", "PAID");
        return id;
    }

    static List<String> texts(Reply r, String field) {
        List<String> out = new java.util.ArrayList<>();
        r.data().path(field).forEach(n -> out.add(n.asText()));
        return out;
    }

    public static void assertError(Reply r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().path("success").asBoolean(true)).as(r.toString()).isFalse();
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.json().path("message").asText()).isNotBlank();
    }
}
