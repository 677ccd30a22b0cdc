package io.ensemble.app.ops;

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
import io.ensemble.app.support.RawHttpConnection;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.SharedDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Health, request ids, CORS, error shapes and database outages (issue 3 §4, §Bad input and failure). */
@ExtendWith(DropwizardExtensionsSupport.class)
class OperabilityTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api() {
        return new Api(APP.getLocalPort());
    }

    @Test
    void health_answers_seed_001_shape() {
        Reply r = api().get("/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo("ok");
        assertThat(r.json().path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(r.json().path("uptime").isNumber()).isTrue();
        assertThat(api().get("/ready").status()).isEqualTo(200);
    }

    @Test
    void admin_port_reports_the_database_health_check() {
        Api admin = new Api(APP.getAdminPort());
        Reply r = admin.get("/healthcheck");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("postgresql").path("healthy").asBoolean()).isTrue();
    }

    @Test
    void every_response_carries_a_request_id_and_echoes_a_given_one() {
        Reply generated = api().get("/health");
        assertThat(generated.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        Reply echoed = api().send(HttpRequest.newBuilder(URI.create(api().base() + "/api/v1/nope"))
                .header("X-Request-Id", "client-abc.123").GET(), null);
        assertThat(echoed.header("X-Request-Id")).isEqualTo("client-abc.123");
        Reply unsafe = api().send(HttpRequest.newBuilder(URI.create(api().base() + "/health"))
                .header("X-Request-Id", "bad id\twith spaces").GET(), null);
        assertThat(unsafe.header("X-Request-Id")).isNotEqualTo("bad id\twith spaces").matches("[0-9a-f-]{36}");
    }

    @Test
    void unknown_routes_and_methods_use_the_error_shape() {
        Reply missing = api().get("/api/v1/does-not-exist");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("NOT_FOUND");
        assertThat(missing.json().path("success").asBoolean(true)).isFalse();
        Reply method = api().sendRaw("DELETE", "/api/v1/auth/login", null, null, Map.of());
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.code()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    /**
     * A route that refuses a request before reading its body (here the auth filter's 401) must not
     * leave the kept-alive connection half-used: Jetty closed it silently when the body had not
     * arrived yet, and the next request of a pooling client failed with "header parser received
     * no bytes" (a CI failure in NotificationPreferenceRoutesTest).
     */
    @Test
    void a_body_the_route_never_read_leaves_the_kept_alive_connection_usable() throws Exception {
        String device = "{\"token\":\"t\",\"platform\":\"ANDROID\"}";
        String login = "{\"email\":\"nobody@example.com\",\"password\":\"NotThePassword1!\"}";
        try (var http = new RawHttpConnection(APP.getLocalPort())) {
            http.write(RawHttpConnection.head("POST", "/api/v1/notifications/devices", device.length()));
            Thread.sleep(300);
            http.write(device);
            RawHttpConnection.Response refused = http.read();
            http.write(RawHttpConnection.head("POST", "/api/v1/auth/login", login.length()) + login);
            RawHttpConnection.Response read = http.read();
            http.write(RawHttpConnection.head("GET", "/health", -1));
            RawHttpConnection.Response health = http.read();

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("Connection")).isNull();
            assertThat(read.status()).isEqualTo(401);
            assertThat(read.header("Connection")).isNull();
            assertThat(health.status()).isEqualTo(200);
        }
    }

    @Test
    void an_unread_body_over_the_drain_limit_closes_the_connection_and_says_so() throws Exception {
        try (var http = new RawHttpConnection(APP.getLocalPort())) {
            http.write(RawHttpConnection.head("POST", "/api/v1/notifications/devices", 2_000_000));
            http.write("x".repeat(100_000));
            RawHttpConnection.Response refused = http.read();

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("Connection")).isEqualTo("close");
        }
    }

    @Test
    void cors_allows_only_configured_origins() {
        Reply allowed = api().send(HttpRequest.newBuilder(URI.create(api().base() + "/api/v1/auth/login"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization"), null);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
        Reply denied = api().send(HttpRequest.newBuilder(URI.create(api().base() + "/api/v1/auth/login"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example.net")
                .header("Access-Control-Request-Method", "POST"), null);
        assertThat(denied.header("Access-Control-Allow-Origin")).isNull();
    }

    /** Browser code reads these three only when listed in Access-Control-Expose-Headers (Fetch standard). */
    @Test
    void cross_origin_responses_expose_replay_retry_and_request_id_headers() {
        Reply r = api().send(HttpRequest.newBuilder(URI.create(api().base() + "/health"))
                .header("Origin", "https://app.example.com").GET(), null);

        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
        assertThat(r.headers().allValues("Access-Control-Expose-Headers").stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(h -> h.trim().toLowerCase(java.util.Locale.ROOT)))
                .contains("idempotent-replayed", "retry-after", "x-request-id");
    }

    @Test
    void database_outage_gives_503_and_recovers_without_restart() throws Exception {
        String dbName = SharedDatabase.get().jdbcUrl().replaceAll(".*/([^/?]+).*", "$1");
        Accounts.Session s = new Accounts(api(), new Inbox(MAIL)).verifiedSession("outage");
        String adminUrl = SharedDatabase.get().jdbcUrl().replace("/" + dbName, "/postgres");
        try (Connection admin = DriverManager.getConnection(adminUrl,
                SharedDatabase.get().user(), SharedDatabase.get().password());
             Statement st = admin.createStatement()) {
            st.execute("ALTER DATABASE " + dbName + " ALLOW_CONNECTIONS false");
            st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + dbName
                    + "' AND pid <> pg_backend_pid()");
            try {
                Reply health = api().get("/health");
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.json().path("status").asText()).isEqualTo("unavailable");
                Reply me = api().get("/api/v1/auth/me", s.accessToken());
                assertThat(me.status()).as(me.toString()).isEqualTo(503);
                assertThat(me.code()).isEqualTo("PROVIDER_UNAVAILABLE");
                Reply login = api().post("/api/v1/auth/login", Map.of("email", s.email(), "password", Accounts.PASSWORD));
                assertThat(login.status()).isEqualTo(503);
            } finally {
                st.execute("ALTER DATABASE " + dbName + " ALLOW_CONNECTIONS true");
            }
        }
        assertThat(api().get("/health").status()).isEqualTo(200);
        assertThat(api().get("/api/v1/auth/me", s.accessToken()).status()).isEqualTo(200);
    }
}
