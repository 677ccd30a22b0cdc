package io.ensemble.app.externalchat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 23 §4 end to end against a WireMock Stream Chat (REST shapes of getstream.io/chat/docs_rest): an
 * order placed upserts both parties and opens {@code messaging:order-<id>} with them as members, each
 * transition posts its system message, every call signed with a server token; Stream answering 500 leaves
 * the order flow untouched and the call is retried by the job; {@code GET /api/v1/chat/stream-token} gives
 * the caller a user token signed with the secret.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class StreamChatMirrorTest {
    private static final String KEY = "stream-test-key";
    private static final String SECRET = "stream-test-secret-0123456789abcdef0123456789abcdef";
    private static final int STREAM_PORT = FreePort.find();
    private static final WireMockServer STREAM = new WireMockServer(wireMockConfig().port(STREAM_PORT));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(40);

    static {
        STREAM.start();
    }

    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("externalChat.type", "stream"),
            ConfigOverride.config("externalChat.apiKey", KEY),
            ConfigOverride.config("externalChat.apiSecret", SECRET),
            ConfigOverride.config("externalChat.baseUrl", "http://127.0.0.1:" + STREAM_PORT));

    private Api api;
    private Market market;

    @AfterAll
    static void stopStream() {
        STREAM.stop();
    }

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        market = new Market(api, new RoleSessions(api, new Inbox(MAIL)));
        STREAM.resetAll();
        STREAM.stubFor(post(urlPathEqualTo("/users")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"users\":{},\"duration\":\"1.20ms\"}")));
        STREAM.stubFor(post(urlPathMatching("/channels/messaging/[^/]+/query")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"channel\":{\"type\":\"messaging\"},\"members\":[],\"messages\":[],\"duration\":\"3ms\"}")));
        STREAM.stubFor(post(urlPathMatching("/channels/messaging/[^/]+/message")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":{\"type\":\"system\"},\"duration\":\"2ms\"}")));
    }

    private static List<LoggedRequest> calls(String pathRegex) {
        return STREAM.findAll(postRequestedFor(urlPathMatching(pathRegex)));
    }

    private static JsonNode body(LoggedRequest r) throws Exception {
        return JSON.readTree(r.getBodyAsString());
    }

    private static JwtClaims verified(String token) throws Exception {
        return new JwtConsumerBuilder().setVerificationKey(new HmacKey(SECRET.getBytes(StandardCharsets.UTF_8)))
                .setRelaxVerificationKeyValidation().setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.HMAC_SHA256).setSkipDefaultAudienceValidation().setRequireIssuedAt()
                .build().processToClaims(token);
    }

    private static JwtClaims verifiedServer(String token) throws Exception {
        return new JwtConsumerBuilder().setVerificationKey(new HmacKey(SECRET.getBytes(StandardCharsets.UTF_8)))
                .setRelaxVerificationKeyValidation().setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.HMAC_SHA256).setSkipDefaultAudienceValidation().build()
                .processToClaims(token);
    }

    @Test
    void an_order_opens_its_stream_channel_with_both_parties_and_each_transition_posts_its_system_message()
            throws Exception {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        Accounts.Session admin = market.admin();
        String orderId = market.order(brand, market.createPackage(creator, 2500, "USD", 1));
        String channel = "/channels/messaging/order-" + orderId;

        Awaitility.await("order channel opened and first message posted").atMost(WAIT)
                .until(() -> calls(channel + "/message").size() == 1);
        LoggedRequest users = calls("/users").get(0);
        assertThat(body(users).path("users").path(brand.userId()).path("id").asText()).isEqualTo(brand.userId());
        assertThat(body(users).path("users").has(creator.userId())).isTrue();
        LoggedRequest opened = calls(channel + "/query").get(0);
        JsonNode data = body(opened).path("data");
        assertThat(data.path("created_by_id").asText()).isEqualTo(brand.userId());
        assertThat(data.path("members").toString()).contains(brand.userId()).contains(creator.userId());
        assertThat(opened.queryParameter("api_key").firstValue()).isEqualTo(KEY);
        assertThat(opened.getHeader("Stream-Auth-Type")).isEqualTo("jwt");
        assertThat(verifiedServer(opened.getHeader("Authorization")).getClaimValue("server")).isEqualTo(true);
        JsonNode first = body(calls(channel + "/message").get(0)).path("message");
        assertThat(first.path("text").asText()).startsWith("Order placed:");
        assertThat(first.path("user_id").asText()).isEqualTo(brand.userId());

        market.expect(brand, orderId, "pay", "PENDING_PAYMENT");
        market.expect(admin, orderId, "record_payment", "PAID");
        Awaitility.await("transition messages posted").atMost(WAIT)
                .until(() -> calls(channel + "/message").size() >= 2
                        && calls(channel + "/message").stream().anyMatch(r -> r.getBodyAsString().contains("PAID")));
        assertThat(Sql.count("SELECT count(*) FROM chat_sync_tasks WHERE order_id = ?", UUID.fromString(orderId)))
                .as("sent calls leave the queue").isZero();
    }

    @Test
    void stream_down_leaves_the_order_flow_working_and_the_call_is_retried_by_the_job() throws Exception {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        STREAM.stubFor(post(urlPathEqualTo("/users")).willReturn(aResponse().withStatus(500)
                .withBody("{\"code\":-1,\"message\":\"internal error\"}")));
        String orderId = market.order(brand, market.createPackage(creator, 1500, "EUR", 0));
        Reply native_ = api.get("/api/v1/orders/" + orderId, brand.accessToken());
        assertThat(native_.status()).as("the native order works while Stream is down").isEqualTo(200);

        UUID order = UUID.fromString(orderId);
        Awaitility.await("a failed attempt is recorded").atMost(WAIT).until(() -> Sql.count(
                "SELECT count(*) FROM chat_sync_tasks WHERE order_id = ? AND attempts >= 1", order) == 1);
        assertThat(calls("/channels/messaging/order-" + orderId + "/query")).isEmpty();
        assertThat(Sql.count("SELECT count(*) FROM chat_sync_tasks WHERE order_id = ?", order))
                .as("the channel and the message wait, in order").isEqualTo(2);

        STREAM.stubFor(post(urlPathEqualTo("/users")).atPriority(1).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"users\":{},\"duration\":\"1ms\"}")));
        Sql.execute("UPDATE chat_sync_tasks SET next_attempt_at = now() WHERE order_id = ?", order);
        Awaitility.await("retried and sent").atMost(WAIT)
                .until(() -> Sql.count("SELECT count(*) FROM chat_sync_tasks WHERE order_id = ?", order) == 0);
        assertThat(calls("/channels/messaging/order-" + orderId + "/query")).hasSize(1);
        assertThat(calls("/channels/messaging/order-" + orderId + "/message")).hasSize(1);
    }

    @Test
    void the_stream_token_is_the_callers_own_signed_with_the_secret_and_needs_a_session() throws Exception {
        Accounts.Session creator = market.creator();
        Reply r = api.get("/api/v1/chat/stream-token", creator.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("apiKey").asText()).isEqualTo(KEY);
        assertThat(r.data().path("userId").asText()).isEqualTo(creator.userId());
        JwtClaims claims = verified(r.data().path("token").asText());
        assertThat(claims.getClaimValue("user_id")).isEqualTo(creator.userId());

        assertThat(api.get("/api/v1/chat/stream-token").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/chat/stream-token", "not-a-token").status()).isEqualTo(401);
    }
}
