package io.ensemble.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.NodeScript;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.WsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 28 (realtime findings of the outside probe): {@code send_message} over {@code /ws} and over
 * Socket.IO (the stock npm client, both transports) spends the general per-user budget of REST
 * ({@code rateLimits.generalPer15Min}, here {@value #BUDGET}): past it the ack is {@code RATE_LIMITED}
 * with {@code retryAfter} and nothing is stored, and REST is refused for that user too; a user may
 * hold at most {@code realtime.maxSocketsPerUser} (here {@value #MAX_SOCKETS}) sockets per node, the
 * oldest being closed with a reason.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RealtimeAbuseLimitsTest {
    private static final int BUDGET = 25;
    private static final int MAX_SOCKETS = 3;
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("rateLimits.generalPer15Min", Integer.toString(BUDGET)),
            ConfigOverride.config("realtime.maxSocketsPerUser", Integer.toString(MAX_SOCKETS)));

    private Api api;
    private Accounts accounts;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        accounts = new Accounts(api, new Inbox(MAIL));
    }

    @Test
    void ws_send_message_spends_the_general_per_user_budget_and_is_not_stored_past_it() {
        Accounts.Session alice = accounts.verifiedSession("ws-flood-alice");
        Accounts.Session bob = accounts.verifiedSession("ws-flood-bob");
        String conversationId = conversation(alice, bob); // one REST request from alice's budget
        int ok = 0;
        List<JsonNode> limited = new ArrayList<>();
        try (WsClient ws = WsClient.connected(APP.getLocalPort(), alice.accessToken())) {
            for (int i = 0; i < BUDGET + 10; i++) {
                JsonNode ack = ws.request("send_message", Map.of("conversationId", conversationId,
                        "content", "flood " + i, "clientMessageId", "ws-flood-" + i));
                if (ack.path("success").asBoolean()) {
                    ok++;
                } else {
                    limited.add(ack);
                }
            }
            assertThat(ws.await("error", f -> f.path("data").path("code").asText().equals("RATE_LIMITED"))
                    .path("data").path("event").asText()).isEqualTo("send_message");
            assertThat(ws.isOpen()).as("the socket stays open").isTrue();
        }
        assertThat(ok).as("REST and the socket share one budget").isEqualTo(BUDGET - 1);
        assertThat(limited).hasSize(11).allSatisfy(ack -> {
            assertThat(ack.path("code").asText()).isEqualTo("RATE_LIMITED");
            assertThat(ack.path("retryAfter").asLong()).isPositive();
        });
        assertThat(storedMessages(bob, conversationId)).as("refused sends are not stored").isEqualTo(ok);
        Reply rest = api.get("/api/v1/chat/conversations", alice.accessToken());
        assertThat(rest.status()).as("the socket spent the REST budget too").isEqualTo(429);
        assertThat(rest.code()).isEqualTo("RATE_LIMITED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"websocket", "polling"})
    void socket_io_send_message_is_rate_limited_per_user(String transport) {
        Accounts.Session alice = accounts.verifiedSession("sio-flood-" + transport);
        Accounts.Session bob = accounts.verifiedSession("sio-flood-bob-" + transport);
        String conversationId = conversation(alice, bob);
        JsonNode run = NodeScript.runFile("abuse.js", "flood", Integer.toString(APP.getLocalPort()), transport,
                alice.accessToken(), conversationId, Integer.toString(BUDGET + 10));
        assertThat(run.path("failure").isMissingNode()).as(run.toPrettyString()).isTrue();
        assertThat(run.path("ok").asInt()).as(run.toPrettyString()).isEqualTo(BUDGET - 1);
        assertThat(run.path("limited").asInt()).as(run.toPrettyString()).isEqualTo(11);
        assertThat(run.path("retryAfter").asLong()).as(run.toPrettyString()).isPositive();
        assertThat(run.path("errors").asInt()).as("each refusal is also an error event").isEqualTo(11);
        assertThat(run.path("stillConnected").asBoolean()).isTrue();
        assertThat(storedMessages(bob, conversationId)).isEqualTo(BUDGET - 1);
    }

    @Test
    void a_users_oldest_ws_socket_is_closed_with_a_reason_past_the_cap() throws Exception {
        Accounts.Session carol = accounts.verifiedSession("ws-cap-carol");
        List<WsClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_SOCKETS; i++) {
                clients.add(WsClient.connected(APP.getLocalPort(), carol.accessToken()));
            }
            assertThat(clients).allSatisfy(c -> assertThat(c.isOpen()).isTrue());
            WsClient newest = WsClient.connected(APP.getLocalPort(), carol.accessToken());
            clients.add(newest);

            WsClient oldest = clients.get(0);
            JsonNode error = oldest.await("error", f -> true).path("data");
            assertThat(error.path("code").asText()).isEqualTo("TOO_MANY_SOCKETS");
            assertThat(error.path("message").asText()).contains(Integer.toString(MAX_SOCKETS));
            assertThat(oldest.awaitClose()).as("1008 Policy Violation").isEqualTo(1008);
            for (WsClient c : clients.subList(1, clients.size())) {
                assertThat(c.isOpen()).isTrue();
                assertThat(c.snapshot()).noneMatch(f -> f.path("type").asText().equals("error"));
            }
            assertThat(newest.request("hello", Map.of()).path("code").asText())
                    .as("the newest socket works").isEqualTo("UNKNOWN_EVENT");
            Accounts.Session dave = accounts.verifiedSession("ws-cap-dave");
            try (WsClient other = WsClient.connected(APP.getLocalPort(), dave.accessToken())) {
                assertThat(other.isOpen()).as("the cap is per user").isTrue();
            }
        } finally {
            clients.forEach(WsClient::close);
        }
    }

    @Test
    void a_users_oldest_socket_io_socket_gets_an_error_and_a_server_disconnect_past_the_cap() {
        Accounts.Session erin = accounts.verifiedSession("sio-cap-erin");
        JsonNode run = NodeScript.runFile("abuse.js", "sockets", Integer.toString(APP.getLocalPort()),
                erin.accessToken(), Integer.toString(MAX_SOCKETS + 2));
        assertThat(run.path("failure").isMissingNode()).as(run.toPrettyString()).isTrue();
        JsonNode sockets = run.path("sockets");
        for (int i = 0; i < 2; i++) {
            assertThat(sockets.get(i).path("error").path("code").asText()).as(run.toPrettyString())
                    .isEqualTo("TOO_MANY_SOCKETS");
            assertThat(sockets.get(i).path("disconnect").asText()).as(run.toPrettyString())
                    .isEqualTo("io server disconnect");
            assertThat(sockets.get(i).path("connected").asBoolean()).isFalse();
        }
        for (int i = 2; i < MAX_SOCKETS + 2; i++) {
            assertThat(sockets.get(i).path("connected").asBoolean()).as(run.toPrettyString()).isTrue();
            assertThat(sockets.get(i).path("error").path("code").asText()).as("only the probe's own UNKNOWN_EVENT")
                    .isEqualTo("UNKNOWN_EVENT");
        }
    }

    private String conversation(Accounts.Session from, Accounts.Session to) {
        return api.get("/api/v1/chat/conversations/" + to.userId(), from.accessToken()).data().path("id").asText();
    }

    private int storedMessages(Accounts.Session reader, String conversationId) {
        Reply page = api.get("/api/v1/chat/conversations/" + conversationId + "/messages?limit=100",
                reader.accessToken());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.data().path("items").size();
    }
}
