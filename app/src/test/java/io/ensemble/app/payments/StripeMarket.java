package io.ensemble.app.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.util.Map;
import java.util.UUID;

/** Marketplace actions through the public API for the Stripe tests: accounts, a package, an order, transitions. */
final class StripeMarket {
    private final Api api;
    private final RoleSessions roles;

    StripeMarket(Api api, RoleSessions roles) {
        this.api = api;
        this.roles = roles;
    }

    Accounts.Session creator() {
        return roles.of("CREATOR");
    }

    Accounts.Session brand() {
        return roles.of("BRAND");
    }

    /** A verified account promoted to ADMIN in the database, then logged in again (the token carries the role). */
    Accounts.Session admin() {
        Accounts.Session s = roles.of("BRAND");
        Sql.execute("UPDATE users SET role = 'ADMIN' WHERE id = ?", UUID.fromString(s.userId()));
        return new Accounts(api, null).login(s.email(), Accounts.PASSWORD, s.userId());
    }

    /**
     * The creator starts Connect onboarding against {@code stripe}: the account exists at Stripe,
     * payouts not enabled yet, and the account link answered 201.
     *
     * @return the Stripe account id the fake created, and the app's answer
     */
    Onboarding startOnboarding(StripeFake stripe, Accounts.Session creator) {
        String account = "acct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        stripe.server.stubFor(post("/v1/accounts").withHeader("Idempotency-Key", equalTo("account-" + creator.userId()))
                .willReturn(StripeFake.json(200, StripeFake.account(account, false))));
        stripe.server.stubFor(post("/v1/account_links").withRequestBody(containing(account))
                .willReturn(StripeFake.json(200, StripeFake.accountLink("https://connect.stripe.com/setup/s/" + account
                        + "/x", 4_102_444_800L))));
        Reply link = api.post("/api/v1/payments/connect/account-link", Map.of(), creator.accessToken());
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        return new Onboarding(account, link);
    }

    /** A started Connect onboarding: the Stripe account id and the account-link answer. */
    record Onboarding(String account, Reply link) {
    }

    /** @return the id of a new PENDING_PAYMENT order of {@code brand} for a new package of {@code creator} */
    String order(Accounts.Session creator, Accounts.Session brand, long amount) {
        Reply pkg = api.post("/api/v1/packages", Map.of("title", "Three reels", "platform", "Instagram",
                "contentType", "Reel", "quantity", 3, "revisions", 1, "durationDays", 7,
                "price", Map.of("amount", amount, "currency", "USD"), "description", "Three 30-second reels"),
                creator.accessToken());
        assertThat(pkg.status()).as(pkg.toString()).isEqualTo(201);
        Reply order = api.post("/api/v1/orders", Map.of("packageId", pkg.data().path("id").asText(),
                "requirements", "Show the product in daylight", "deadline", "2026-12-31"), brand.accessToken());
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        return order.data().path("id").asText();
    }

    Reply act(Accounts.Session who, String orderId, Map<String, Object> body) {
        return api.post("/api/v1/orders/" + orderId + "/transitions", body, who.accessToken());
    }

    /** Applies the action and asserts 200 and the resulting status. */
    Reply expect(Accounts.Session who, String orderId, String action, String status) {
        Reply r = act(who, orderId, action.equals("deliver")
                ? Map.of("action", action, "deliverables", java.util.List.of("https://instagram.com/reel/1"))
                : Map.of("action", action));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("status").asText()).isEqualTo(status);
        return r;
    }

    /** @return the first column of the first row as text, null when there is no row */
    static String text(String sql, Object... args) {
        try (java.sql.Connection c = io.ensemble.app.support.SharedDatabase.get().dataSource().getConnection();
             java.sql.PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (java.sql.ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String status(String orderId) {
        return text("SELECT status FROM orders WHERE id = ?", UUID.fromString(orderId));
    }

    static String paymentStatus(String orderId) {
        return text("SELECT status FROM payments WHERE order_id = ?", UUID.fromString(orderId));
    }
}
