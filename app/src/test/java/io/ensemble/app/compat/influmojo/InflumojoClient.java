package io.ensemble.app.compat.influmojo;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.Reply;
import java.util.HashMap;
import java.util.Map;

/** The Influmojo app (seeds/002) as a test client: its dialect's bodies and error shape. */
final class InflumojoClient {
    private final Api api;

    InflumojoClient(Api api) {
        this.api = api;
    }

    /** An app started with {@code clientProfile: influmojo}. */
    static DropwizardAppExtension<EnsembleConfiguration> app(int smtpPort) {
        return EnsembleTestApp.app(smtpPort, ConfigOverride.config("clientProfile", "influmojo"));
    }

    /** The seed's package body: an Instagram reel at 149.99 USD, 30 seconds long. */
    static Map<String, Object> reel() {
        Map<String, Object> body = new HashMap<>();
        body.put("platform", "Instagram");
        body.put("content_type", "Reel");
        body.put("quantity", 2);
        body.put("revisions", 1);
        body.put("duration", "30s");
        body.put("price", 149.99);
        body.put("currency", "USD");
        body.put("description", "Two reels with the product");
        return body;
    }

    /** @return the id of a new package of {@code creator} */
    String createPackage(Accounts.Session creator) {
        Reply r = api.post("/packages/create", reel(), creator.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data().path("id").asText();
    }

    /** @return the reply of {@code POST /orders/create} for the package */
    Reply order(Accounts.Session brand, String packageId) {
        return api.post("/orders/create", Map.of("package_id", packageId, "requirements", "Daylight shots",
                "deadline", "2026-12-31T00:00:00.000Z"), brand.accessToken());
    }

    /** @return the reply of {@code PUT /orders/:id/status} */
    Reply status(Accounts.Session who, String orderId, Map<String, Object> body) {
        return api.sendRaw("PUT", "/orders/" + orderId + "/status", Api.toJson(body), who.accessToken(), Map.of());
    }

    /** Asserts the dialect's error shape: the status and {@code {"success": false, "error": "…"}} only. */
    static void assertError(Reply r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().path("success").isBoolean()).as(r.toString()).isTrue();
        assertThat(r.json().path("success").asBoolean(true)).as(r.toString()).isFalse();
        assertThat(r.json().path("error").isTextual()).as(r.toString()).isTrue();
        assertThat(r.json().size()).as(r.toString()).isEqualTo(2);
    }
}
