package io.ensemble.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.NodeScript;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.WsClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Delivery and read state (issue 27): {@code POST /chat/conversations/:id/delivered}, the socket
 * {@code message_delivered} on /ws and Socket.IO, the {@code message_delivered} event to the sender and
 * {@code GET /chat/messages/:id/receipts} for the sender only.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DeliveryReceiptsTest extends ChatRoutesFixture {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @BeforeEach
    void setUp() {
        signUpAliceBobAndCarol(APP.getLocalPort(), MAIL);
    }

    @Test
    void a_members_ack_reaches_the_sender_and_receipts_show_delivered_then_read() {
        String conversation = direct(alice, bob);
        String first = sendText(alice, conversation, "one").path("id").asText();
        String second = sendText(alice, conversation, "two").path("id").asText();
        assertThat(member(receipts(alice, first), bob.userId()).path("delivered").asBoolean(true)).isFalse();

        try (WsClient aliceWs = WsClient.connected(APP.getLocalPort(), alice.accessToken())) {
            Reply acked = delivered(bob, conversation, Map.of("seq", 2));
            assertThat(acked.status()).as(acked.toString()).isEqualTo(200);
            assertThat(acked.data().path("deliveredSeq").asLong()).isEqualTo(2);
            assertThat(acked.data().path("userId").asText()).isEqualTo(bob.userId());
            JsonNode event = aliceWs.await("message_delivered",
                    f -> f.path("data").path("userId").asText().equals(bob.userId()));
            assertThat(event.path("data").path("conversationId").asText()).isEqualTo(conversation);
            assertThat(event.path("data").path("deliveredSeq").asLong()).isEqualTo(2);
        }
        JsonNode bobOnFirst = member(receipts(alice, first), bob.userId());
        assertThat(bobOnFirst.path("delivered").asBoolean()).isTrue();
        assertThat(bobOnFirst.path("read").asBoolean()).isFalse();

        assertThat(patch(CHAT + "/messages/" + first + "/read", null, bob.accessToken()).status()).isEqualTo(200);
        assertThat(member(receipts(alice, first), bob.userId()).path("read").asBoolean()).isTrue();
        JsonNode bobOnSecond = member(receipts(alice, second), bob.userId());
        assertThat(bobOnSecond.path("delivered").asBoolean()).isTrue();
        assertThat(bobOnSecond.path("read").asBoolean()).isFalse();
        assertThat(receipts(alice, second).path("seq").asLong()).isEqualTo(2);
    }

    @Test
    void the_position_is_capped_at_the_last_seq_and_never_moves_back() {
        String conversation = direct(alice, bob);
        sendText(alice, conversation, "one");
        sendText(alice, conversation, "two");
        assertThat(delivered(bob, conversation, Map.of("seq", 99)).data().path("deliveredSeq").asLong()).isEqualTo(2);
        assertThat(delivered(bob, conversation, Map.of("seq", 1)).data().path("deliveredSeq").asLong()).isEqualTo(2);
    }

    @Test
    void sockets_acknowledge_delivery_over_ws_and_socket_io() {
        String conversation = direct(alice, bob);
        String first = sendText(alice, conversation, "one").path("id").asText();
        try (WsClient aliceWs = WsClient.connected(APP.getLocalPort(), alice.accessToken());
             WsClient bobWs = WsClient.connected(APP.getLocalPort(), bob.accessToken())) {
            JsonNode ack = bobWs.request("message_delivered", Map.of("conversationId", conversation, "seq", 1));
            assertThat(ack.path("success").asBoolean()).as(ack.toString()).isTrue();
            assertThat(ack.path("data").path("deliveredSeq").asLong()).isEqualTo(1);
            aliceWs.await("message_delivered", f -> f.path("data").path("deliveredSeq").asLong() == 1);

            JsonNode missing = bobWs.request("message_delivered", Map.of("conversationId", conversation));
            assertThat(missing.path("code").asText()).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(member(receipts(alice, first), bob.userId()).path("delivered").asBoolean()).isTrue();

        sendText(alice, conversation, "two");
        JsonNode run = NodeScript.runFile("blocks.js", String.valueOf(APP.getLocalPort()), bob.accessToken(),
                conversation, "3");
        assertThat(run.path("send").path("success").asBoolean()).as(run.toString()).isTrue();
        assertThat(run.path("delivered").path("success").asBoolean()).as(run.toString()).isTrue();
        assertThat(run.path("delivered").path("data").path("deliveredSeq").asLong()).isEqualTo(3);
    }

    @Test
    void only_members_ack_and_only_the_sender_reads_receipts() {
        String conversation = direct(alice, bob);
        String first = sendText(alice, conversation, "one").path("id").asText();
        assertError(delivered(carol, conversation, Map.of("seq", 1)), 404, "NOT_FOUND");
        assertError(api.get(CHAT + "/messages/" + first + "/receipts", carol.accessToken()), 404, "NOT_FOUND");
        assertError(api.get(CHAT + "/messages/" + first + "/receipts", bob.accessToken()), 404, "NOT_FOUND");
        assertThat(count("SELECT count(*) FROM conversation_members WHERE conversation_id = ? AND last_delivered_seq > 0",
                UUID.fromString(conversation))).isZero();
    }

    @Test
    void bad_input_is_400_or_404_and_moves_nothing() {
        String conversation = direct(alice, bob);
        sendText(alice, conversation, "one");
        Reply noSeq = delivered(bob, conversation, Map.of());
        assertError(noSeq, 400, "VALIDATION_FAILED");
        assertThat(noSeq.json().path("details").get(0).path("field").asText()).isEqualTo("seq");
        assertError(delivered(bob, conversation, Map.of("seq", 0)), 400, "VALIDATION_FAILED");
        assertError(delivered(bob, "not-a-uuid", Map.of("seq", 1)), 404, "NOT_FOUND");
        assertError(api.get(CHAT + "/messages/not-a-uuid/receipts", alice.accessToken()), 404, "NOT_FOUND");
        assertThat(count("SELECT count(*) FROM conversation_members WHERE conversation_id = ? AND last_delivered_seq > 0",
                UUID.fromString(conversation))).isZero();
    }

    private Reply delivered(io.ensemble.app.support.Accounts.Session who, String conversation, Object body) {
        return api.post(CHAT + "/conversations/" + conversation + "/delivered", body, who.accessToken());
    }

    private JsonNode receipts(io.ensemble.app.support.Accounts.Session who, String messageId) {
        Reply r = api.get(CHAT + "/messages/" + messageId + "/receipts", who.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    private static JsonNode member(JsonNode receipts, String userId) {
        for (JsonNode m : receipts.path("members")) {
            if (m.path("userId").asText().equals(userId)) {
                return m;
            }
        }
        throw new AssertionError("no receipt of " + userId + " in " + receipts);
    }
}
