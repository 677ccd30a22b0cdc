package io.ensemble.app.realtime;

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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two nodes sharing PostgreSQL and the real Redis at 127.0.0.1:6379 with {@code realtime.bus: redis}
 * (issue 4 §4; a channel prefix unique to this run): a user on node 1 receives, in real time, a
 * message sent through node 2's REST API and typing from a socket on node 2; and two stock npm
 * socket.io-client users, one per node, chat with acks, read receipts and right unread counts.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RealtimeTwoNodesTest {
    private static final int SMTP = FreePort.find();
    private static final String PREFIX = "ensemble-test-" + UUID.randomUUID() + ":";
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> NODE1 = node();
    static final DropwizardAppExtension<EnsembleConfiguration> NODE2 = node();

    private static DropwizardAppExtension<EnsembleConfiguration> node() {
        return EnsembleTestApp.app(SMTP, ConfigOverride.config("realtime.bus", "redis"),
                ConfigOverride.config("realtime.channelPrefix", PREFIX),
                ConfigOverride.config("redisUrl", "redis://127.0.0.1:6379"));
    }

    @Test
    void a_user_on_node_1_receives_messages_and_typing_from_node_2() {
        Api api1 = new Api(NODE1.getLocalPort());
        Api api2 = new Api(NODE2.getLocalPort());
        Accounts accounts = new Accounts(api1, new Inbox(MAIL));
        Accounts.Session alice = accounts.verifiedSession("node-alice");
        Accounts.Session bob = accounts.verifiedSession("node-bob");
        String conversationId = api1.get("/api/v1/chat/conversations/" + bob.userId(), alice.accessToken())
                .data().path("id").asText();

        try (WsClient aliceOn1 = WsClient.connected(NODE1.getLocalPort(), alice.accessToken());
             WsClient bobOn2 = WsClient.connected(NODE2.getLocalPort(), bob.accessToken())) {
            aliceOn1.request("join_conversation", Map.of("conversationId", conversationId));
            bobOn2.request("join_conversation", Map.of("conversationId", conversationId));

            Reply sent = api2.post("/api/v1/chat/conversations/" + conversationId + "/messages",
                    Map.of("content", "across nodes"), bob.accessToken());
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
            JsonNode received = aliceOn1.await("message_sent",
                    f -> f.path("data").path("id").asText().equals(sent.data().path("id").asText()));
            assertThat(received.path("data").path("content").asText()).isEqualTo("across nodes");
            assertThat(received.path("data").path("seq").asLong()).isEqualTo(1);

            bobOn2.send("typing_start", Map.of("conversationId", conversationId));
            aliceOn1.await("user_typing", f -> f.path("data").path("userId").asText().equals(bob.userId()));
        }
    }

    @Test
    void two_stock_socket_io_clients_on_two_nodes_chat_with_receipts_and_right_unread_counts() {
        Api api1 = new Api(NODE1.getLocalPort());
        Api api2 = new Api(NODE2.getLocalPort());
        Accounts accounts = new Accounts(api1, new Inbox(MAIL));
        Accounts.Session alice = accounts.verifiedSession("sio-node-alice");
        Accounts.Session bob = accounts.verifiedSession("sio-node-bob");
        String conversationId = api2.get("/api/v1/chat/conversations/" + alice.userId(), bob.accessToken())
                .data().path("id").asText();

        JsonNode r = NodeScript.runFile("twonodes.js", Integer.toString(NODE1.getLocalPort()),
                Integer.toString(NODE2.getLocalPort()), conversationId, alice.accessToken(), bob.accessToken());

        assertThat(r.has("failure") || r.has("timeout")).as(r.toPrettyString()).isFalse();
        assertThat(r.path("ackFirst").path("data").path("seq").asLong()).isEqualTo(1);
        assertThat(r.path("received").path("id").asText()).isEqualTo(r.path("ackFirst").path("data").path("id").asText());
        assertThat(r.path("newMessage").path("senderId").asText()).isEqualTo(alice.userId());
        assertThat(r.path("receivedSecond").path("seq").asLong()).isEqualTo(2);
        assertThat(r.path("readAck").path("data").path("lastReadSeq").asLong()).isEqualTo(1);
        assertThat(r.path("receipt").path("userId").asText()).isEqualTo(bob.userId());
        assertThat(r.path("receipt").path("unreadCount").asLong()).isEqualTo(1);

        JsonNode bobs = api2.get("/api/v1/chat/conversations", bob.accessToken()).data().path("items");
        JsonNode alices = api1.get("/api/v1/chat/conversations", alice.accessToken()).data().path("items");
        assertThat(unread(bobs, conversationId)).isEqualTo(1);
        assertThat(unread(alices, conversationId)).isZero();
    }

    private static long unread(JsonNode conversations, String id) {
        for (JsonNode c : conversations) {
            if (c.path("id").asText().equals(id)) {
                return c.path("unreadCount").asLong();
            }
        }
        throw new AssertionError("conversation " + id + " not listed: " + conversations);
    }
}
