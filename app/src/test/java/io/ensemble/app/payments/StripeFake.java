package io.ensemble.app.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.Reply;
import io.ensemble.integrations.payments.StripeSigner;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Stripe faked at the HTTP level for end-to-end tests: a WireMock server answering like Stripe's API
 * reference (PaymentIntent, Refund, Transfer, Account, Account Link, error objects), and webhook
 * deliveries signed the way Stripe signs them ({@code t=…,v1=HMAC-SHA256(secret, t + "." + body)}).
 */
public final class StripeFake {
    public static final String SECRET_KEY = "sk_test_e2e";
    public static final String WEBHOOK_SECRET = "whsec_e2e_test_secret";
    public static final String WEBHOOK_PATH = "/api/v1/payments/webhooks/stripe";

    public final WireMockServer server;

    public StripeFake() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
    }

    /**
     * The app configuration pointing {@code payments} at this fake ({@code stripe} gateway, test
     * keys, no SDK retries), followed by {@code extra}.
     */
    public io.dropwizard.testing.ConfigOverride[] overrides(io.dropwizard.testing.ConfigOverride... extra) {
        java.util.List<io.dropwizard.testing.ConfigOverride> all = new java.util.ArrayList<>(java.util.List.of(
                io.dropwizard.testing.ConfigOverride.config("payments.type", "stripe"),
                io.dropwizard.testing.ConfigOverride.config("payments.secretKey", SECRET_KEY),
                io.dropwizard.testing.ConfigOverride.config("payments.webhookSecret", WEBHOOK_SECRET),
                io.dropwizard.testing.ConfigOverride.config("payments.apiBase", this::baseUrl),
                io.dropwizard.testing.ConfigOverride.config("payments.maxNetworkRetries", "0")));
        all.addAll(java.util.List.of(extra));
        return all.toArray(io.dropwizard.testing.ConfigOverride[]::new);
    }

    String baseUrl() {
        return server.baseUrl();
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_" + UUID.randomUUID().toString().substring(0, 8)).withBody(body);
    }

    /** Answers {@code POST /v1/payment_intents} for this order with a new PaymentIntent. */
    void paymentIntentFor(String orderId, String intentId, long amount) {
        server.stubFor(post("/v1/payment_intents").withHeader("Idempotency-Key",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("pi-" + orderId))
                .willReturn(json(200, paymentIntent(intentId, amount, orderId, "requires_payment_method"))));
        server.stubFor(get("/v1/payment_intents/" + intentId)
                .willReturn(json(200, paymentIntent(intentId, amount, orderId, "requires_payment_method"))));
    }

    public static String clientSecretOf(String intentId) {
        return intentId + "_secret_Fb9VG0Dn4tcuPPDLVL8sA8LkT";
    }

    public static String paymentIntent(String id, long amount, String orderId, String status) {
        return """
                {"id": "%1$s", "object": "payment_intent", "amount": %2$d, "amount_received": 0,
                 "automatic_payment_methods": {"allow_redirects": "always", "enabled": true},
                 "capture_method": "automatic", "client_secret": "%4$s", "confirmation_method": "automatic",
                 "created": 1680800504, "currency": "usd", "livemode": false,
                 "metadata": {"orderId": "%3$s"}, "payment_method_types": ["card"],
                 "status": "%5$s", "transfer_group": "%3$s"}
                """.formatted(id, amount, orderId, clientSecretOf(id), status);
    }

    public static String refund(String id, String intentId, long amount) {
        return """
                {"id": "%s", "object": "refund", "amount": %d, "charge": "ch_3MmlLrLkdIwHu7ix0snN0B15",
                 "created": 1692942318, "currency": "usd", "metadata": {}, "payment_intent": "%s",
                 "reason": null, "status": "succeeded"}
                """.formatted(id, amount, intentId);
    }

    static String transfer(String id, long amount, String destination, String group, boolean reversed) {
        return """
                {"id": "%s", "object": "transfer", "amount": %d, "amount_reversed": %d,
                 "balance_transaction": "txn_1MiN3gLkdIwHu7ixxapQrznl", "created": 1678043844, "currency": "usd",
                 "destination": "%s", "livemode": false, "metadata": {}, "reversed": %b,
                 "source_type": "card", "transfer_group": "%s"}
                """.formatted(id, amount, reversed ? amount : 0, destination, reversed, group);
    }

    static String account(String id, boolean payoutsEnabled) {
        return """
                {"id": "%s", "object": "account", "capabilities": {"transfers": "%s"},
                 "charges_enabled": %b, "country": "US", "default_currency": "usd", "details_submitted": %b,
                 "metadata": {}, "payouts_enabled": %b, "type": "express"}
                """.formatted(id, payoutsEnabled ? "active" : "inactive", payoutsEnabled, payoutsEnabled,
                payoutsEnabled);
    }

    static String accountLink(String url, long expiresAt) {
        return """
                {"object": "account_link", "created": 1680577733, "expires_at": %d, "url": "%s"}
                """.formatted(expiresAt, url);
    }

    public static String apiError(String type, String code, String message) {
        return """
                {"error": {"code": "%s", "message": "%s", "type": "%s",
                 "request_log_url": "https://dashboard.stripe.com/test/logs/req_x"}}
                """.formatted(code, message, type);
    }

    /** An Event object wrapping {@code object} (Stripe API reference §Events). */
    public static String event(String id, String type, String object) {
        return """
                {"id": "%s", "object": "event", "api_version": "2025-04-30.basil", "created": %d,
                 "data": {"object": %s}, "livemode": false, "pending_webhooks": 1,
                 "request": {"id": null, "idempotency_key": null}, "type": "%s"}
                """.formatted(id, Instant.now().getEpochSecond(), object, type);
    }

    public static String newEventId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The Stripe-Signature header for {@code body} signed at {@code t} with {@code secret}. */
    static String signature(String secret, long t, String body) {
        return StripeSigner.signature(secret, t, body);
    }

    /** Delivers {@code body} signed now with the test secret. */
    public static Reply deliver(Api api, String body) {
        return deliver(api, body, signature(WEBHOOK_SECRET, Instant.now().getEpochSecond(), body));
    }

    public static Reply deliver(Api api, String body, String signatureHeader) {
        Map<String, String> headers = signatureHeader == null ? Map.of() : Map.of("Stripe-Signature", signatureHeader);
        return api.sendRaw("POST", WEBHOOK_PATH, body, null, headers);
    }
}
