package io.ensemble.app.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /socket.io/} end to end with the REAL npm {@code socket.io-client} 4.8 (issue 4 §Tests;
 * app/src/test/node/script.js): token in {@code auth.token} and in the query, join, typing, send
 * with ack, receive {@code message_sent} and {@code new_message}, read receipt, unknown event, bad
 * token ({@code connect_error}); over WebSocket only, long-polling only, and polling upgraded to WebSocket.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SocketIoRealtimeTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private Accounts.Session alice;
    private Accounts.Session bob;
    private String conversationId;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        Accounts accounts = new Accounts(api, new Inbox(MAIL));
        alice = accounts.verifiedSession("sio-alice");
        bob = accounts.verifiedSession("sio-bob");
        Reply direct = api.get("/api/v1/chat/conversations/" + bob.userId(), alice.accessToken());
        assertThat(direct.status()).as(direct.toString()).isEqualTo(200);
        conversationId = direct.data().path("id").asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com", "https://evil.example.net"})
    void polling_handshake_answers_cors_once_and_only_for_allowed_origins(String origin) {
        Reply r = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                api.base() + "/socket.io/?EIO=4&transport=polling")).header("Origin", origin).GET(), null);
        java.util.List<String> allow = r.headers().allValues("Access-Control-Allow-Origin");
        if (origin.equals("https://app.example.com")) {
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(allow).containsExactly(origin);
        } else {
            assertThat(allow).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"websocket", "polling", "upgrade"})
    void two_stock_clients_chat_with_acks_typing_and_receipts(String mode) {
        JsonNode r = NodeScript.run(Integer.toString(APP.getLocalPort()), conversationId, alice.accessToken(),
                bob.accessToken(), mode);
        assertThat(r.has("failure") || r.has("timeout")).as(r.toPrettyString()).isFalse();
        assertThat(r.path("joinA").path("success").asBoolean()).as(r.toPrettyString()).isTrue();
        assertThat(r.path("joinB").path("success").asBoolean()).isTrue();
        assertThat(r.path("typing").path("userId").asText()).isEqualTo(alice.userId());

        JsonNode stored = r.path("ack").path("data");
        assertThat(r.path("ack").path("success").asBoolean()).isTrue();
        assertThat(stored.path("seq").asLong()).isEqualTo(1);
        assertThat(stored.path("content").asText()).isEqualTo("hello from socket.io");
        assertThat(r.path("received").path("id").asText()).isEqualTo(stored.path("id").asText());
        assertThat(r.path("newMessage").path("id").asText()).isEqualTo(stored.path("id").asText());

        assertThat(r.path("readAck").path("data").path("lastReadSeq").asLong()).isEqualTo(1);
        assertThat(r.path("receipt").path("userId").asText()).isEqualTo(bob.userId());
        assertThat(r.path("unknown").path("code").asText()).isEqualTo("UNKNOWN_EVENT");
        assertThat(r.path("stillConnected").asBoolean()).isTrue();
        assertThat(r.path("transport").asText()).isEqualTo(mode.equals("polling") ? "polling" : "websocket");
        assertThat(r.path("badAuth").path("connectErrorData").path("code").asText()).as(r.toPrettyString())
                .isEqualTo("INVALID_TOKEN");
        assertThat(r.path("badAuth").has("disconnect")).isFalse();

        Reply listed = api.get("/api/v1/chat/conversations/" + conversationId + "/messages", bob.accessToken());
        assertThat(listed.data().path("items")).hasSize(1);
    }
}
