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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replies and threads (issue 27): a send carries {@code replyToId} on REST, /ws and Socket.IO (stock
 * socket.io-client, app/src/test/node/thread.js); {@code GET /messages/{id}/replies} pages a thread with its
 * own unread count; {@code thread_reply} reaches the conversation. Happy path, strangers (404) and bad input
 * (400, nothing written, no seq consumed). Set-up: {@link ChatRoutesFixture}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ThreadRepliesTest extends ChatRoutesFixture {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @BeforeEach
    void setUp() {
        signUpAliceBobAndCarol(APP.getLocalPort(), MAIL);
    }

    @Test
    void replies_form_a_thread_with_its_own_unread_count_and_a_thread_reply_event() {
        String c = direct(alice, bob);
        String parent = sendText(alice, c, "Shall we shoot on Friday?").path("id").asText();
        sendText(alice, c, "not in the thread");
        try (WsClient aliceWs = WsClient.connected(APP.getLocalPort(), alice.accessToken())) {
            assertThat(aliceWs.request("join_conversation", Map.of("conversationId", c)).path("success").asBoolean())
                    .isTrue();
            Reply first = send(bob, c, Map.of("content", "Friday works", "replyToId", parent));
            assertThat(first.status()).as(first.toString()).isEqualTo(201);
            assertThat(first.data().path("replyToId").asText()).isEqualTo(parent);
            String firstId = first.data().path("id").asText();
            JsonNode event = aliceWs.await("thread_reply", f -> f.path("data").path("id").asText().equals(firstId));
            assertThat(event.path("data").path("replyToId").asText()).isEqualTo(parent);

            JsonNode ack = aliceWs.request("send_message", Map.of("conversationId", c, "content", "Great, 10am",
                    "replyToId", parent));
            assertThat(ack.path("success").asBoolean()).as(ack.toString()).isTrue();
            assertThat(ack.path("data").path("replyToId").asText()).isEqualTo(parent);
        }

        Reply thread = api.get(CHAT + "/messages/" + parent + "/replies", alice.accessToken());
        assertThat(thread.status()).as(thread.toString()).isEqualTo(200);
        assertThat(thread.data().path("parentId").asText()).isEqualTo(parent);
        assertThat(thread.data().path("items")).extracting(n -> n.path("content").asText())
                .containsExactly("Friday works", "Great, 10am");
        assertThat(thread.data().path("unreadCount").asLong()).as("bob's reply, unread for alice").isEqualTo(1);
        assertThat(api.get(CHAT + "/messages/" + parent + "/replies", bob.accessToken()).data().path("unreadCount")
                .asLong()).isEqualTo(1);

        Reply page = api.get(CHAT + "/messages/" + parent + "/replies?limit=1", alice.accessToken());
        assertThat(page.data().path("items")).hasSize(1);
        String next = page.data().path("nextCursor").asText();
        Reply rest = api.get(CHAT + "/messages/" + parent + "/replies?limit=1&cursor=" + next, alice.accessToken());
        assertThat(rest.data().path("items")).extracting(n -> n.path("content").asText()).containsExactly("Great, 10am");
        assertThat(rest.data().path("nextCursor").isNull()).isTrue();

        String last = thread.data().path("items").get(1).path("id").asText();
        assertThat(patch(CHAT + "/messages/" + last + "/read", null, alice.accessToken()).status()).isEqualTo(200);
        assertThat(api.get(CHAT + "/messages/" + parent + "/replies", alice.accessToken()).data().path("unreadCount")
                .asLong()).isZero();
        Reply history = api.get(CHAT + "/conversations/" + c + "/messages", bob.accessToken());
        assertThat(history.data().path("items").get(0).path("replyToId").asText()).isEqualTo(parent);
        assertThat(history.data().path("items").get(2).path("replyToId").isNull()).isTrue();
    }

    @Test
    void a_stock_socket_io_client_replies_in_a_thread_and_reacts() {
        String c = direct(alice, bob);
        String parent = sendText(bob, c, "New brief is up").path("id").asText();
        JsonNode r = NodeScript.runFile("thread.js", Integer.toString(APP.getLocalPort()), c, parent,
                alice.accessToken(), bob.accessToken());
        assertThat(r.has("failure") || r.has("timeout")).as(r.toPrettyString()).isFalse();
        assertThat(r.path("ack").path("success").asBoolean()).as(r.toPrettyString()).isTrue();
        assertThat(r.path("ack").path("data").path("replyToId").asText()).isEqualTo(parent);
        assertThat(r.path("threadReply").path("id").asText()).isEqualTo(r.path("ack").path("data").path("id").asText());
        assertThat(r.path("reacted").path("status").asInt()).isEqualTo(200);
        assertThat(r.path("reactionAdded").path("messageId").asText()).isEqualTo(parent);
        assertThat(r.path("reactionAdded").path("emoji").asText()).isEqualTo("🔥");
        assertThat(r.path("reactionAdded").path("userId").asText()).isEqualTo(alice.userId());
        assertThat(r.path("reactionAdded").path("count").asLong()).isEqualTo(1);
    }

    @Test
    void strangers_cannot_read_or_reply_to_a_thread() {
        String c = direct(alice, bob);
        String parent = sendText(alice, c, "private").path("id").asText();
        assertError(api.get(CHAT + "/messages/" + parent + "/replies", carol.accessToken()), 404, "NOT_FOUND");
        String mine = direct(carol, alice);
        assertError(send(carol, c, Map.of("content", "butting in", "replyToId", parent)), 404, "NOT_FOUND");
        long before = messagesIn(mine);
        Reply elsewhere = send(carol, mine, Map.of("content", "cross-thread", "replyToId", parent));
        assertError(elsewhere, 400, "VALIDATION_FAILED");
        assertThat(elsewhere.invalidFields()).containsExactly("replyToId");
        assertThat(messagesIn(mine)).isEqualTo(before);
        assertThat(count("SELECT last_seq FROM conversations WHERE id = ?", UUID.fromString(mine))).isEqualTo(before);
    }

    @Test
    void bad_reply_input_is_refused_without_writing() {
        String c = direct(alice, bob);
        sendText(alice, c, "one");
        Reply badId = send(bob, c, Map.of("content", "x", "replyToId", "not-an-id"));
        assertError(badId, 400, "VALIDATION_FAILED");
        assertThat(badId.invalidFields()).containsExactly("replyToId");
        Reply unknown = send(bob, c, Map.of("content", "x", "replyToId", UUID.randomUUID().toString()));
        assertError(unknown, 400, "VALIDATION_FAILED");
        Reply badMentions = send(bob, c, Map.of("content", "x", "mentions", List.of("nobody")));
        assertThat(badMentions.invalidFields()).containsExactly("mentions");
        assertThat(messagesIn(c)).isEqualTo(1);
        assertThat(count("SELECT last_seq FROM conversations WHERE id = ?", UUID.fromString(c))).isEqualTo(1);

        try (WsClient bobWs = WsClient.connected(APP.getLocalPort(), bob.accessToken())) {
            JsonNode ack = bobWs.request("send_message", Map.of("conversationId", c, "content", "x",
                    "replyToId", UUID.randomUUID().toString()));
            assertThat(ack.path("success").asBoolean()).isFalse();
            assertThat(ack.path("code").asText()).isEqualTo("VALIDATION_FAILED");
        }
        assertError(api.get(CHAT + "/messages/" + UUID.randomUUID() + "/replies", alice.accessToken()), 404, "NOT_FOUND");
        assertError(api.get(CHAT + "/messages/nope/replies", alice.accessToken()), 404, "NOT_FOUND");
        String parent = sendText(alice, c, "two").path("id").asText();
        Reply badCursor = api.get(CHAT + "/messages/" + parent + "/replies?cursor=zzz", alice.accessToken());
        assertError(badCursor, 400, "VALIDATION_FAILED");
        assertThat(badCursor.invalidFields()).containsExactly("cursor");
    }
}
