package io.ensemble.app.compat.sioree;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.Reply;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/** The Sioree app (seeds/000) as a test client: sign-up through its own route, and its bodies. */
final class SioreeClient {
    private final Api api;

    SioreeClient(Api api) {
        this.api = api;
    }

    /** An app started with {@code clientProfile: sioree}. */
    static DropwizardAppExtension<EnsembleConfiguration> app(int smtpPort, ConfigOverride... extra) {
        ConfigOverride[] all = new ConfigOverride[extra.length + 1];
        all[0] = ConfigOverride.config("clientProfile", "sioree");
        System.arraycopy(extra, 0, all, 1, extra.length);
        return EnsembleTestApp.app(smtpPort, all);
    }

    /** A signed-up user of the app. */
    record User(String id, String email, String name, String token, String refreshToken) {
    }

    /** Signs up through {@code POST /api/auth/signup} with {@code role} (lower case) and checks the answer. */
    User signup(String role) {
        String email = Accounts.uniqueEmail("sioree-" + role);
        String name = "Sioree " + role;
        Reply r = api.post("/api/auth/signup", Map.of("email", email, "password", Accounts.PASSWORD, "name", name,
                "role", role));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return new User(r.json().path("user").path("id").asText(), email, name, r.json().path("token").asText(),
                r.json().path("refreshToken").asText());
    }

    /** The seed's event body, starting {@code days} from now at whole seconds. */
    static Map<String, Object> event(String title, int days) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Celebrate!");
        body.put("date", Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("location", "Downtown LA");
        body.put("latitude", 34.0522);
        body.put("longitude", -118.2437);
        body.put("capacity", 200);
        body.put("tags", java.util.List.of("New Year", "Party"));
        body.put("images", java.util.List.of("https://cdn.sioree.com/uploads/img1.jpg"));
        return body;
    }

    /** Asserts the seed's error shape: the status and a bare {@code {"error": "…"}} body. */
    static void assertError(Reply r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().path("error").isTextual()).as(r.toString()).isTrue();
        assertThat(r.json().size()).as(r.toString()).isEqualTo(1);
    }
}
