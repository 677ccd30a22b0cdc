package io.ensemble.app.integrator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
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
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 26 "Done when", end to end over HTTP on real PostgreSQL with a WireMock receiver: a registered
 * webhook receives {@code order.placed} and each {@code order.transitioned}, signed and in order; a
 * scoped API key reads the same events from the feed from sequence 0; a 500 is retried after the
 * backoff (the delivery's due time moved back instead of the app clock, which is the system clock),
 * a delivery past its 3-day window is FAILED and redelivered by hand; an endpoint failing for 3 days is
 * disabled and its admin mailed.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebhookDeliveryFlowTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("integrator.webhookAllowPrivate", "true"),
            ConfigOverride.config("integrator.webhookAllowHttp", "true"),
            ConfigOverride.config("integrator.dispatchInterval", "1 second"),
            ConfigOverride.config("jobs.pollingInterval", "200 milliseconds"));
    private static final WireMockServer RECEIVER = new WireMockServer(wireMockConfig().dynamicPort());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private Api api;
    private Market market;
    private Integrators integrators;
    private Accounts.Session admin;

    @BeforeAll
    static void startReceiver() {
        RECEIVER.start();
    }

    @AfterAll
    static void stopReceiver() {
        Sql.execute("DELETE FROM webhook_endpoints WHERE url LIKE ?", "http://127.0.0.1:" + RECEIVER.port() + "/%");
        RECEIVER.stop();
    }

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        market = new Market(api, new RoleSessions(api, new Inbox(MAIL)));
        integrators = new Integrators(api);
        admin = market.admin();
        RECEIVER.resetAll();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + RECEIVER.port() + path;
    }

    private List<LoggedRequest> received(String path, String subjectId) {
        return RECEIVER.findAll(postRequestedFor(urlEqualTo(path))).stream()
                .filter(r -> r.getBodyAsString().contains(subjectId)).toList();
    }

    private JsonNode deliveries(String endpointId) {
        Reply r = api.get(Integrators.HOOKS + "/" + endpointId + "/deliveries?limit=100", admin.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().path("items");
    }

    @Test
    void an_integrator_receives_order_placed_and_each_transition_signed_and_in_order_and_reads_the_same_from_the_feed()
            throws Exception {
        RECEIVER.stubFor(post(urlEqualTo("/orders")).willReturn(aResponse().withStatus(200)));
        JsonNode endpoint = integrators.register(admin, url("/orders"), List.of("order.placed", "order.transitioned"));
        String secret = endpoint.path("secret").asText();
        assertThat(secret).startsWith("whsec_");
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String orderId = market.paidOrder(brand, admin, market.createPackage(creator, 2500, "USD", 1));
        market.expect(creator, orderId, "accept", "ACCEPTED");

        await().atMost(WAIT).until(() -> received("/orders", orderId).size() >= 4);
        List<LoggedRequest> requests = received("/orders", orderId);
        assertThat(requests).hasSize(4);
        long lastSeq = 0;
        for (LoggedRequest r : requests) {
            String body = r.getBodyAsString();
            assertThat(Integrators.signatureValid(r.getHeader("Ensemble-Signature"), secret, body))
                    .as("signature of " + body).isTrue();
            assertThat(Integrators.signatureValid(r.getHeader("Ensemble-Signature"), "whsec_wrong", body)).isFalse();
            JsonNode event = JSON.readTree(body);
            assertThat(r.getHeader("Ensemble-Event-Id")).isEqualTo(event.path("id").asText());
            assertThat(UUID.fromString(r.getHeader("Ensemble-Delivery-Id"))).isNotNull();
            assertThat(event.path("seq").asLong()).isGreaterThan(lastSeq);
            lastSeq = event.path("seq").asLong();
        }
        List<JsonNode> events = requests.stream().map(r -> read(r.getBodyAsString())).toList();
        assertThat(events.stream().map(e -> e.path("type").asText()).toList()).containsExactly("order.placed",
                "order.transitioned", "order.transitioned", "order.transitioned");
        assertThat(events.stream().skip(1).map(e -> e.path("data").path("action").asText()).toList())
                .containsExactly("pay", "record_payment", "accept");
        assertThat(events.get(3).path("data").path("to").asText()).isEqualTo("ACCEPTED");
        assertThat(events.get(0).path("subjects").path("order").asText()).isEqualTo(orderId);
        assertThat(events.get(0).path("data").path("amount").asLong()).isEqualTo(2500);

        String key = integrators.key(admin, "events:read");
        List<String> fromFeed = integrators.feedFromStart(key, "order.placed,order.transitioned").stream()
                .filter(e -> e.path("subjects").path("order").asText().equals(orderId))
                .map(e -> e.path("id").asText()).toList();
        assertThat(fromFeed).containsExactlyElementsOf(events.stream().map(e -> e.path("id").asText()).toList());
        assertThat(integrators.feedFromStart(key, "payment.succeeded").stream()
                .filter(e -> e.path("subjects").path("order").asText().equals(orderId))
                .map(e -> e.path("data").path("amount").asLong()).toList()).containsExactly(2500L);
        await().atMost(WAIT).until(() -> deliveries(endpoint.path("id").asText()).findValues("status").stream()
                .filter(s -> s.asText().equals("SUCCEEDED")).count() >= 4);
        JsonNode delivered = deliveries(endpoint.path("id").asText()).get(0);
        assertThat(delivered.path("responseCode").asInt()).isEqualTo(200);
        assertThat(delivered.path("durationMs").isNumber()).isTrue();
    }

    @Test
    void a_500_is_retried_after_the_backoff_then_a_delivery_past_its_window_fails_and_is_redelivered_by_hand() {
        RECEIVER.stubFor(post(urlEqualTo("/flaky")).willReturn(aResponse().withStatus(500)));
        String endpointId = integrators.register(admin, url("/flaky"), List.of("user.created")).path("id").asText();
        Accounts.Session user = market.creator();

        await().atMost(WAIT).until(() -> !received("/flaky", user.userId()).isEmpty());
        await().atMost(WAIT).until(() -> onlyDeliveryOf(endpointId, user.userId()).path("attempts").asInt() == 1);
        JsonNode first = onlyDeliveryOf(endpointId, user.userId());
        assertThat(first.path("status").asText()).isEqualTo("PENDING");
        assertThat(first.path("responseCode").asInt()).isEqualTo(500);
        assertThat(first.path("nextAttemptAt").asText()).isNotBlank();
        String deliveryId = first.path("id").asText();

        // the retry is not sent before its backoff (at least 15 s) ...
        assertThat(received("/flaky", user.userId())).hasSize(1);
        // ... and is sent once that time has come (moved: the due time is set to now)
        Sql.execute("UPDATE webhook_deliveries SET next_attempt_at = now() WHERE id = ?", UUID.fromString(deliveryId));
        await().atMost(WAIT).until(() -> onlyDeliveryOf(endpointId, user.userId()).path("attempts").asInt() == 2);
        assertThat(onlyDeliveryOf(endpointId, user.userId()).path("status").asText()).isEqualTo("PENDING");

        // past the 3-day window, the next failure marks it FAILED
        Sql.execute("UPDATE webhook_deliveries SET next_attempt_at = now(), retry_until = now() WHERE id = ?",
                UUID.fromString(deliveryId));
        await().atMost(WAIT).until(() -> onlyDeliveryOf(endpointId, user.userId()).path("status").asText()
                .equals("FAILED"));
        assertThat(received("/flaky", user.userId())).hasSize(3);

        RECEIVER.stubFor(post(urlEqualTo("/flaky")).willReturn(aResponse().withStatus(204)));
        Reply redeliver = api.post(Integrators.HOOKS + "/" + endpointId + "/deliveries/" + deliveryId + "/redeliver",
                null, admin.accessToken());
        assertThat(redeliver.status()).as(redeliver.toString()).isEqualTo(200);
        assertThat(redeliver.data().path("status").asText()).isEqualTo("PENDING");
        await().atMost(WAIT).until(() -> onlyDeliveryOf(endpointId, user.userId()).path("status").asText()
                .equals("SUCCEEDED"));
        List<LoggedRequest> sent = received("/flaky", user.userId());
        assertThat(sent).hasSize(4);
        assertThat(sent.stream().map(r -> r.getHeader("Ensemble-Delivery-Id")).distinct().toList())
                .as("one idempotency id across retries").containsExactly(deliveryId);

        Reply again = api.post(Integrators.HOOKS + "/" + endpointId + "/deliveries/" + deliveryId + "/redeliver",
                null, admin.accessToken());
        Market.assertError(again, 409, "DELIVERY_NOT_FAILED");
        Reply unknown = api.post(Integrators.HOOKS + "/" + endpointId + "/deliveries/" + UUID.randomUUID()
                + "/redeliver", null, admin.accessToken());
        Market.assertError(unknown, 404, "NOT_FOUND");
        Reply notAdmin = api.post(Integrators.HOOKS + "/" + endpointId + "/deliveries/" + deliveryId + "/redeliver",
                null, user.accessToken());
        Market.assertError(notAdmin, 403, "FORBIDDEN");
    }

    @Test
    void a_slow_endpoint_does_not_delay_the_deliveries_of_another_endpoint() {
        RECEIVER.stubFor(post(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(8_000)));
        RECEIVER.stubFor(post(urlEqualTo("/fast")).willReturn(aResponse().withStatus(200)));
        String slow = integrators.register(admin, url("/slow"), List.of("user.created")).path("id").asText();
        String fast = integrators.register(admin, url("/fast"), List.of("user.created")).path("id").asText();
        Accounts.Session first = market.creator();
        Accounts.Session second = market.creator();

        await().atMost(WAIT).until(() -> received("/fast", first.userId()).size() == 1
                && received("/fast", second.userId()).size() == 1);
        assertThat(onlyDeliveryOf(slow, second.userId()).path("status").asText())
                .as("the slow endpoint is still busy with the first event").isNotEqualTo("SUCCEEDED");
        assertThat(onlyDeliveryOf(fast, second.userId()).path("status").asText()).isEqualTo("SUCCEEDED");
        await().atMost(WAIT).until(() -> onlyDeliveryOf(slow, second.userId()).path("status").asText()
                .equals("SUCCEEDED"));
    }

    @Test
    void an_endpoint_failing_every_delivery_for_three_days_is_disabled_and_its_admin_mailed() {
        RECEIVER.stubFor(post(urlEqualTo("/down")).willReturn(aResponse().withStatus(503)));
        String endpointId = integrators.register(admin, url("/down"), List.of("user.created")).path("id").asText();
        Accounts.Session user = market.creator();
        await().atMost(WAIT).until(() -> onlyDeliveryOf(endpointId, user.userId()).path("attempts").asInt() == 1);

        Sql.execute("UPDATE webhook_endpoints SET failing_since = now() - interval '3 days 1 minute' WHERE id = ?",
                UUID.fromString(endpointId));
        Sql.execute("UPDATE webhook_deliveries SET next_attempt_at = now() WHERE endpoint_id = ?",
                UUID.fromString(endpointId));

        await().atMost(WAIT).until(() -> !api.get(Integrators.HOOKS + "/" + endpointId, admin.accessToken()).data()
                .path("enabled").asBoolean(true));
        JsonNode off = api.get(Integrators.HOOKS + "/" + endpointId, admin.accessToken()).data();
        assertThat(off.path("disabledReason").asText()).contains("3 days");
        Inbox inbox = new Inbox(MAIL);
        await().atMost(WAIT).until(() -> inbox.count(admin.email()) > 0 && inbox.messagesFor(admin.email()).stream()
                .anyMatch(m -> subject(m).contains("Webhook endpoint disabled")));
        assertThat(Sql.count("SELECT count(*) FROM audit_records WHERE action = 'webhook_disabled' AND target_id = ?",
                endpointId)).isEqualTo(1);
    }

    private JsonNode onlyDeliveryOf(String endpointId, String userId) {
        Long seq = feedSeqOfUser(userId);
        for (JsonNode d : deliveries(endpointId)) {
            if (seq != null && d.path("eventSeq").asLong() == seq) {
                return d;
            }
        }
        return JSON.createObjectNode();
    }

    private static Long feedSeqOfUser(String userId) {
        long n = Sql.count("SELECT coalesce(max(seq), -1) FROM feed_events WHERE type = 'user.created'"
                + " AND subjects->>'user' = ?", userId);
        return n < 0 ? null : n;
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
