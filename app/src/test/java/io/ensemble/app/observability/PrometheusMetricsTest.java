package io.ensemble.app.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.AdminTasks;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.WsClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end, issue 29 §5: {@code /metrics/prometheus} on the admin port scrapes in Prometheus' text format
 * with the JVM, Jetty, pool and resource series and the domain ones (sockets by transport, messages sent,
 * fan-out, outbox backlog, job runs by outcome, provider circuits, rate-limit rejections).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PrometheusMetricsTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("rateLimits.authPer15Min", "3"),
            ConfigOverride.config("social.spotify.clientId", "spotify-client"),
            ConfigOverride.config("social.spotify.clientSecret", "spotify-secret"),
            ConfigOverride.config("social.spotify.redirectUri", "https://app.example.com/cb"));
    private static final String CHAT = "/api/v1/chat";

    private String scrape() throws Exception {
        Api api = new Api(APP.getLocalPort());
        HttpResponse<String> r = api.client().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + APP.getAdminPort() + "/metrics/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        return r.body();
    }

    /** @return {@code realtime_sockets_ws} once the gauge's one-second cache has expired (at most 10 s) */
    private double socketsAfterCache() throws Exception {
        return org.awaitility.Awaitility.await("realtime_sockets_ws >= 1").atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> sample(scrape(), "realtime_sockets_ws").orElseThrow(), ws -> ws >= 1);
    }

    /** @return the value of the unlabelled sample {@code name}, when the scrape has it */
    private static OptionalDouble sample(String scrape, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(scrape);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }

    @Test
    void the_scrape_carries_platform_and_domain_series_with_plausible_values() throws Exception {
        Api api = new Api(APP.getLocalPort());
        Accounts accounts = new Accounts(api, new Inbox(MAIL));
        Accounts.Session alice = accounts.verifiedSession("prom-a");
        Accounts.Session bob = accounts.verifiedSession("prom-b");
        String before = scrape();
        double sentBefore = sample(before, "messaging_messages_sent_total").orElse(0);
        double runsBefore = sample(before, "jobs_runs_succeeded_total").orElse(0);

        try (WsClient socket = WsClient.connected(APP.getLocalPort(), bob.accessToken())) {
            Reply conversation = api.get(CHAT + "/conversations/" + bob.userId(), alice.accessToken());
            assertThat(conversation.status()).as(conversation.toString()).isEqualTo(200);
            Reply sent = api.post(CHAT + "/conversations/" + conversation.data().path("id").asText() + "/messages",
                    Map.of("content", "hello metrics"), alice.accessToken());
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
            AdminTasks.run(api.client(), APP.getAdminPort(), "media-cleanup");
            String email = Accounts.uniqueEmail("limited");
            for (int i = 0; i < 4; i++) {
                api.post("/api/v1/auth/login", Map.of("email", email, "password", "Wrong123!x"));
            }

            String after = scrape();
            assertThat(sample(after, "messaging_messages_sent_total").orElseThrow()).isEqualTo(sentBefore + 1);
            assertThat(sample(after, "jobs_runs_succeeded_total").orElseThrow()).isEqualTo(runsBefore + 1);
            assertThat(sample(after, "http_rate_limited_total").orElseThrow()).isGreaterThanOrEqualTo(1);
            assertThat(socketsAfterCache()).as("the socket gauge is counted at most once a second")
                    .isGreaterThanOrEqualTo(1);
            assertThat(sample(after, "realtime_sockets_socketio")).isPresent();
            assertThat(sample(after, "realtime_fanout_count").orElseThrow()).isGreaterThanOrEqualTo(1);
            assertThat(sample(after, "outbox_backlog").orElseThrow()).isGreaterThanOrEqualTo(0);
            assertThat(sample(after, "outbox_oldest_age_seconds").orElseThrow()).isGreaterThanOrEqualTo(0);
            assertThat(sample(after, "providers_circuit_social_spotify_state")).hasValue(0);
            assertThat(sample(after, "providers_circuit_social_instagram_state")).as("not configured").isEmpty();
            assertThat(sample(after, "jvm_memory_heap_used").orElseThrow()).isPositive();
            assertThat(after).contains("io_dropwizard_jetty_MutableServletContextHandler_requests_count");
            assertThat(after).contains("io_dropwizard_db_ManagedPooledDataSource_postgresql_active");
            assertThat(after).containsPattern("(?m)^io_ensemble_web_messaging_\\w+_count [1-9]");
        }
    }

    @Test
    void circuits_are_admin_health_checks() throws Exception {
        Api api = new Api(APP.getLocalPort());
        HttpResponse<String> health = api.client().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"circuit-social-spotify\"").doesNotContain("circuit-social-instagram")
                .contains("\"media-store\"");
    }
}
