package io.ensemble.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * POST /chat/conversations/:id/messages (send), PATCH and DELETE /chat/messages/:id (edit,
 * delete, sender only) and PATCH /chat/messages/:id/read (read receipts, unread counts).
 * Over HTTP: happy path, a third user's token (404, ids don't leak) and bad input (4xx in the
 * error shape, nothing written). Set-up and helpers: {@link ChatRoutesFixture}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ChatMessageRoutesTest extends ChatRoutesFixture {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @BeforeEach
    void setUp() {
        signUpAliceBobAndCarol(APP.getLocalPort(), MAIL);
    }

    @Test
    void send_stores_a_message_with_the_next_seq_and_the_documented_fields() {
        String conversation = direct(alice, bob);
        JsonNode m = send(alice, conversation, Map.of("content", "Hello Bob", "attachments", List.of("media-1"),
                "clientMessageId", "c-1", "type", "image")).data();
        assertThat(m.path("conversationId").asText()).isEqualTo(conversation);
        assertThat(m.path("senderId").asText()).isEqualTo(alice.userId());
        assertThat(m.path("type").asText()).isEqualTo("image");
        assertThat(m.path("content").asText()).isEqualTo("Hello Bob");
        assertThat(m.path("attachments").get(0).asText()).isEqualTo("media-1");
        assertThat(m.path("seq").asLong()).isEqualTo(1);
        assertThat(m.path("clientMessageId").asText()).isEqualTo("c-1");
        assertThat(m.path("createdAt").asText()).endsWith("Z");
        assertThat(m.path("editedAt").isNull()).isTrue();
        assertThat(m.path("deleted").asBoolean()).isFalse();
        assertThat(sendText(bob, conversation, "Hi Alice").path("seq").asLong()).isEqualTo(2);
    }

    @Test
    void a_retried_send_with_the_same_client_message_id_returns_the_stored_message_once() {
        String conversation = direct(alice, bob);
        Reply first = send(alice, conversation, Map.of("content", "once", "clientMessageId", "retry-1"));
        Reply retry = send(alice, conversation, Map.of("content", "once", "clientMessageId", "retry-1"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.data().path("id").asText()).isEqualTo(first.data().path("id").asText());
        assertThat(retry.data().path("seq").asLong()).isEqualTo(1);
        assertThat(messagesIn(conversation)).isEqualTo(1);
        assertThat(sendText(alice, conversation, "next").path("seq").asLong()).isEqualTo(2);
    }

    @Test
    void twenty_concurrent_sends_over_http_get_seqs_1_to_20() throws Exception {
        String conversation = direct(alice, bob);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                futures.add(pool.submit(() -> send(alice, conversation, Map.of("content", "m" + n))));
            }
            List<Long> seqs = new ArrayList<>();
            for (Future<Reply> f : futures) {
                Reply r = f.get();
                assertThat(r.status()).as(r.toString()).isEqualTo(201);
                seqs.add(r.data().path("seq").asLong());
            }
            assertThat(seqs).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void send_rejects_empty_too_long_system_and_malformed_bodies_and_writes_nothing() {
        String conversation = direct(alice, bob);
        assertError(send(alice, conversation, Map.of("content", "")), 400, "VALIDATION_FAILED");
        assertError(send(alice, conversation, Map.of("content", "   ")), 400, "VALIDATION_FAILED");
        assertError(send(alice, conversation, Map.of()), 400, "VALIDATION_FAILED");
        assertError(send(alice, conversation, Map.of("content", "x".repeat(10_001))), 400, "VALIDATION_FAILED");
        assertError(send(alice, conversation, Map.of("content", "hi", "type", "system")), 400, "VALIDATION_FAILED");
        assertError(send(alice, conversation, Map.of("content", "hi", "attachments", "not-a-list")), 400, "VALIDATION_FAILED");
        assertError(send(alice, conversation, "{not json"), 400, "MALFORMED_JSON");
        assertThat(messagesIn(conversation)).isZero();
        assertThat(count("SELECT last_seq FROM conversations WHERE id = ?", UUID.fromString(conversation))).isZero();
        assertThat(send(alice, conversation, Map.of("content", "x".repeat(10_000))).status()).isEqualTo(201);
    }

    @Test
    void a_third_user_cannot_read_or_send_in_someone_elses_conversation() {
        String conversation = direct(alice, bob);
        sendText(alice, conversation, "private");
        assertError(send(carol, conversation, Map.of("content", "intrude")), 404, "NOT_FOUND");
        assertError(api.get(CHAT + "/conversations/" + conversation + "/messages", carol.accessToken()), 404, "NOT_FOUND");
        assertError(send(alice, UUID.randomUUID().toString(), Map.of("content", "x")), 404, "NOT_FOUND");
        assertError(send(alice, "not-a-uuid", Map.of("content", "x")), 404, "NOT_FOUND");
        assertError(api.get(CHAT + "/conversations/" + conversation + "/messages"), 401, "UNAUTHENTICATED");
        assertThat(messagesIn(conversation)).isEqualTo(1);
    }

    @Test
    void unread_counts_are_exact_after_sends_and_read_receipts() {
        String conversation = direct(alice, bob);
        sendText(alice, conversation, "1");
        JsonNode second = sendText(alice, conversation, "2");
        sendText(bob, conversation, "3");
        JsonNode fourth = sendText(alice, conversation, "4");

        assertThat(unreadOf(bob, conversation)).isEqualTo(3);
        assertThat(unreadOf(alice, conversation)).isEqualTo(1);

        Reply read = patch(CHAT + "/messages/" + second.path("id").asText() + "/read", null, bob.accessToken());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.data().path("lastReadSeq").asLong()).isEqualTo(2);
        assertThat(read.data().path("unreadCount").asLong()).isEqualTo(1);
        assertThat(unreadOf(bob, conversation)).isEqualTo(1);

        patch(CHAT + "/messages/" + fourth.path("id").asText() + "/read", null, bob.accessToken());
        assertThat(unreadOf(bob, conversation)).isZero();
        Reply backwards = patch(CHAT + "/messages/" + second.path("id").asText() + "/read", null, bob.accessToken());
        assertThat(backwards.data().path("lastReadSeq").asLong()).isEqualTo(4);
        assertThat(unreadOf(bob, conversation)).isZero();
        assertThat(unreadOf(alice, conversation)).isEqualTo(1);
    }

    @Test
    void mark_read_by_a_non_member_or_on_a_bad_id_is_404_and_changes_nothing() {
        String conversation = direct(alice, bob);
        JsonNode m = sendText(alice, conversation, "x");
        assertError(patch(CHAT + "/messages/" + m.path("id").asText() + "/read", null, carol.accessToken()), 404, "NOT_FOUND");
        assertError(patch(CHAT + "/messages/not-a-uuid/read", null, bob.accessToken()), 404, "NOT_FOUND");
        assertError(patch(CHAT + "/messages/" + UUID.randomUUID() + "/read", null, bob.accessToken()), 404, "NOT_FOUND");
        assertThat(count("SELECT count(*) FROM conversation_members WHERE last_read_seq > 0 AND conversation_id = ?",
                UUID.fromString(conversation))).isZero();
    }

    @Test
    void the_sender_edits_a_message_and_edited_at_is_set() {
        String conversation = direct(alice, bob);
        JsonNode m = sendText(alice, conversation, "typo");
        Reply edited = patch(CHAT + "/messages/" + m.path("id").asText(), Map.of("content", "fixed"), alice.accessToken());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.data().path("content").asText()).isEqualTo("fixed");
        assertThat(edited.data().path("editedAt").isNull()).isFalse();
        assertThat(edited.data().path("seq").asLong()).isEqualTo(1);
    }

    @Test
    void editing_another_members_or_a_strangers_message_is_404_and_bad_content_is_400() {
        String conversation = direct(alice, bob);
        JsonNode m = sendText(alice, conversation, "original");
        String path = CHAT + "/messages/" + m.path("id").asText();
        assertError(patch(path, Map.of("content", "hijack"), bob.accessToken()), 404, "NOT_FOUND");
        assertError(patch(path, Map.of("content", "hijack"), carol.accessToken()), 404, "NOT_FOUND");
        assertError(patch(path, Map.of("content", ""), alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(patch(path, Map.of("content", "x".repeat(10_001)), alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(patch(CHAT + "/messages/nope", Map.of("content", "x"), alice.accessToken()), 404, "NOT_FOUND");
        assertThat(count("SELECT count(*) FROM messages WHERE id = ? AND content = 'original' AND edited_at IS NULL",
                UUID.fromString(m.path("id").asText()))).isEqualTo(1);
    }

    @Test
    void the_sender_deletes_a_message_leaving_a_tombstone_members_still_see() {
        String conversation = direct(alice, bob);
        JsonNode m = sendText(alice, conversation, "regret");
        String path = CHAT + "/messages/" + m.path("id").asText();
        assertError(delete(path, bob.accessToken()), 404, "NOT_FOUND");
        assertError(delete(path, carol.accessToken()), 404, "NOT_FOUND");
        assertError(delete(CHAT + "/messages/123", alice.accessToken()), 404, "NOT_FOUND");
        assertThat(count("SELECT count(*) FROM messages WHERE id = ? AND NOT deleted", UUID.fromString(m.path("id").asText())))
                .isEqualTo(1);
        Reply deleted = delete(path, alice.accessToken());
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.data().path("deleted").asBoolean()).isTrue();
        assertThat(deleted.data().path("content").isNull()).isTrue();
        JsonNode seen = api.get(CHAT + "/conversations/" + conversation + "/messages", bob.accessToken())
                .data().path("items").get(0);
        assertThat(seen.path("deleted").asBoolean()).isTrue();
        assertThat(seen.path("content").isNull()).isTrue();
        assertThat(count("SELECT count(*) FROM messages WHERE content = 'regret'")).isZero();
        assertError(patch(path, Map.of("content", "again"), alice.accessToken()), 400, "MESSAGE_DELETED");
    }
}
