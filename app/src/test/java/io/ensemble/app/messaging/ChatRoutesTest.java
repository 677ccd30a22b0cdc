package io.ensemble.app.messaging;

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
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.SharedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Every chat route of seeds/001 §Chat (and the group routes) over HTTP: happy path, a third user's
 * token (404, ids don't leak), and bad input (4xx in the error shape, nothing written).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ChatRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String CHAT = "/api/v1/chat";

    private Api api;
    private Inbox inbox;
    private Accounts.Session alice;
    private Accounts.Session bob;
    private Accounts.Session carol;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        inbox = new Inbox(MAIL);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        alice = session("Alice " + tag);
        bob = session("Bob " + tag);
        carol = session("Carol " + tag);
    }

    /** Signs up with a chosen name, verifies and logs in. */
    private Accounts.Session session(String name) {
        String email = Accounts.uniqueEmail("chat");
        Reply signup = api.post("/api/v1/auth/signup/influencer",
                Map.of("name", name, "email", email, "password", Accounts.PASSWORD, "termsAccepted", true));
        assertThat(signup.status()).as(signup.toString()).isEqualTo(201);
        String userId = signup.data().path("userId").asText();
        assertThat(api.post("/api/v1/auth/verify-otp", Map.of("email", email, "otp", inbox.latestOtp(email))).status())
                .isEqualTo(200);
        return new Accounts(api, inbox).login(email, Accounts.PASSWORD, userId);
    }

    private String direct(Accounts.Session from, Accounts.Session to) {
        Reply r = api.get(CHAT + "/conversations/" + to.userId(), from.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().path("id").asText();
    }

    private Reply send(Accounts.Session from, String conversationId, Object body) {
        return api.post(CHAT + "/conversations/" + conversationId + "/messages", body, from.accessToken());
    }

    private JsonNode sendText(Accounts.Session from, String conversationId, String text) {
        Reply r = send(from, conversationId, Map.of("content", text));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data();
    }

    private Reply patch(String path, Object body, String token) {
        return api.sendRaw("PATCH", path, body == null ? null : Api.toJson(body), token, Map.of());
    }

    private Reply delete(String path, String token) {
        return api.sendRaw("DELETE", path, null, token, Map.of());
    }

    private static long count(String sql, Object... args) {
        try (Connection c = SharedDatabase.get().dataSource().getConnection();
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long messagesIn(String conversationId) {
        return count("SELECT count(*) FROM messages WHERE conversation_id = ?", UUID.fromString(conversationId));
    }

    private static void assertError(Reply r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().path("success").asBoolean(true)).isFalse();
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.json().path("message").asText()).isNotBlank();
    }

    // ---- contacts

    @Test
    void contacts_lists_other_verified_users_searchable_by_name_excluding_yourself() {
        String aliceName = api.get("/api/v1/auth/me", alice.accessToken()).data().path("name").asText();
        String suffix = aliceName.substring("Alice ".length());
        Reply r = api.get(CHAT + "/contacts?search=" + suffix + "&limit=100", alice.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.data().path("items").forEach(i -> ids.add(i.path("id").asText()));
        assertThat(ids).containsExactlyInAnyOrder(bob.userId(), carol.userId());
        Reply bobOnly = api.get(CHAT + "/contacts?search=bob%20" + suffix, alice.accessToken());
        assertThat(bobOnly.data().path("items")).hasSize(1);
        assertThat(bobOnly.data().path("items").get(0).path("name").asText()).isEqualTo("Bob " + suffix);
        assertThat(bobOnly.data().path("items").get(0).path("role").asText()).isEqualTo("INFLUENCER");
    }

    @Test
    void contacts_pages_with_a_cursor_without_repeats() {
        Reply first = api.get(CHAT + "/contacts?limit=1", alice.accessToken());
        assertThat(first.data().path("items")).hasSize(1);
        String cursor = first.data().path("nextCursor").asText();
        Reply second = api.get(CHAT + "/contacts?limit=1&cursor=" + cursor, alice.accessToken());
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.data().path("items").get(0).path("id").asText())
                .isNotEqualTo(first.data().path("items").get(0).path("id").asText());
    }

    @Test
    void contacts_rejects_bad_input_and_missing_token() {
        assertError(api.get(CHAT + "/contacts?search=" + "x".repeat(101), alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.get(CHAT + "/contacts?cursor=garbage", alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.get(CHAT + "/contacts?role=WIZARD", alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.get(CHAT + "/contacts"), 401, "UNAUTHENTICATED");
    }

    @Test
    void unverified_users_are_not_contacts_and_cannot_be_messaged() {
        String email = Accounts.uniqueEmail("unverified");
        String unverified = new Accounts(api, inbox).signup(email);
        Reply all = api.get(CHAT + "/contacts?limit=100&search=Test%20User", alice.accessToken());
        all.data().path("items").forEach(i -> assertThat(i.path("id").asText()).isNotEqualTo(unverified));
        assertError(api.get(CHAT + "/conversations/" + unverified, alice.accessToken()), 404, "NOT_FOUND");
    }

    // ---- direct conversations

    @Test
    void get_or_create_direct_returns_one_conversation_per_pair_with_both_members() {
        Reply first = api.get(CHAT + "/conversations/" + bob.userId(), alice.accessToken());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode c = first.data();
        assertThat(c.path("type").asText()).isEqualTo("DIRECT");
        assertThat(c.path("unreadCount").asLong()).isZero();
        assertThat(c.path("lastMessage").isNull()).isTrue();
        List<String> members = new ArrayList<>();
        c.path("members").forEach(m -> members.add(m.path("id").asText()));
        assertThat(members).containsExactlyInAnyOrder(alice.userId(), bob.userId());
        assertThat(direct(alice, bob)).isEqualTo(c.path("id").asText());
        assertThat(direct(bob, alice)).isEqualTo(c.path("id").asText());
        assertThat(count("SELECT count(*) FROM conversation_members WHERE conversation_id = ?",
                UUID.fromString(c.path("id").asText()))).isEqualTo(2);
    }

    @Test
    void get_or_create_direct_rejects_yourself_unknown_users_and_non_uuids_without_writing() {
        long before = count("SELECT count(*) FROM conversations");
        assertError(api.get(CHAT + "/conversations/" + alice.userId(), alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.get(CHAT + "/conversations/" + UUID.randomUUID(), alice.accessToken()), 404, "NOT_FOUND");
        assertError(api.get(CHAT + "/conversations/not-a-uuid", alice.accessToken()), 404, "NOT_FOUND");
        assertError(api.get(CHAT + "/conversations/" + bob.userId()), 401, "UNAUTHENTICATED");
        assertThat(count("SELECT count(*) FROM conversations")).isEqualTo(before);
    }

    // ---- sending and reading

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
    void history_pages_back_newest_first_and_after_seq_catches_up_without_gap_or_duplicate() {
        String conversation = direct(alice, bob);
        for (int i = 1; i <= 7; i++) {
            sendText(i % 2 == 0 ? bob : alice, conversation, "m" + i);
        }
        String path = CHAT + "/conversations/" + conversation + "/messages";
        List<Long> history = new ArrayList<>();
        String cursor = null;
        do {
            Reply page = api.get(path + "?limit=3" + (cursor == null ? "" : "&before=" + cursor), bob.accessToken());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.data().path("items").forEach(m -> history.add(m.path("seq").asLong()));
            cursor = page.data().path("nextCursor").isNull() ? null : page.data().path("nextCursor").asText();
        } while (cursor != null);
        assertThat(history).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L);

        List<Long> caughtUp = new ArrayList<>();
        Reply page = api.get(path + "?afterSeq=3&limit=2", bob.accessToken());
        while (true) {
            page.data().path("items").forEach(m -> caughtUp.add(m.path("seq").asLong()));
            if (page.data().path("nextCursor").isNull()) {
                break;
            }
            page = api.get(path + "?limit=2&cursor=" + page.data().path("nextCursor").asText(), bob.accessToken());
        }
        assertThat(caughtUp).containsExactly(4L, 5L, 6L, 7L);
        assertThat(api.get(path + "?afterSeq=7", bob.accessToken()).data().path("items")).isEmpty();
    }

    @Test
    void messages_list_rejects_bad_cursor_and_after_seq() {
        String conversation = direct(alice, bob);
        String path = CHAT + "/conversations/" + conversation + "/messages";
        assertError(api.get(path + "?afterSeq=abc", alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.get(path + "?afterSeq=-1", alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.get(path + "?before=zzz", alice.accessToken()), 400, "VALIDATION_FAILED");
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

    private long unreadOf(Accounts.Session who, String conversationId) {
        Reply list = api.get(CHAT + "/conversations?limit=100", who.accessToken());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonNode c : list.data().path("items")) {
            if (c.path("id").asText().equals(conversationId)) {
                return c.path("unreadCount").asLong();
            }
        }
        throw new AssertionError("conversation not listed");
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

    // ---- conversation list

    @Test
    void conversations_list_newest_activity_first_with_last_message_and_cursor_pages() {
        String withBob = direct(alice, bob);
        String withCarol = direct(alice, carol);
        sendText(carol, withCarol, "older");
        sendText(bob, withBob, "newest");
        Reply first = api.get(CHAT + "/conversations?limit=1", alice.accessToken());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode top = first.data().path("items").get(0);
        assertThat(top.path("id").asText()).isEqualTo(withBob);
        assertThat(top.path("type").asText()).isEqualTo("DIRECT");
        assertThat(top.path("lastMessage").path("content").asText()).isEqualTo("newest");
        assertThat(top.path("unreadCount").asLong()).isEqualTo(1);
        assertThat(top.path("members")).hasSize(2);
        assertThat(top.path("updatedAt").asText()).isNotBlank();
        Reply second = api.get(CHAT + "/conversations?limit=1&cursor=" + first.data().path("nextCursor").asText(),
                alice.accessToken());
        assertThat(second.data().path("items").get(0).path("id").asText()).isEqualTo(withCarol);
        assertThat(second.data().path("nextCursor").isNull()).isTrue();
        assertThat(api.get(CHAT + "/conversations", carol.accessToken()).data().path("items")).hasSize(1);
        assertError(api.get(CHAT + "/conversations?cursor=bad", alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.get(CHAT + "/conversations?limit=abc", alice.accessToken()), 400, "VALIDATION_FAILED");
    }

    // ---- edit and delete

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

    // ---- groups

    @Test
    void the_owner_creates_a_group_and_manages_members_and_members_may_leave() {
        Reply created = api.post(CHAT + "/groups", Map.of("name", "Launch crew", "memberIds", List.of(bob.userId())),
                alice.accessToken());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String group = created.data().path("id").asText();
        assertThat(created.data().path("type").asText()).isEqualTo("GROUP");
        assertThat(created.data().path("name").asText()).isEqualTo("Launch crew");
        assertThat(created.data().path("ownerId").asText()).isEqualTo(alice.userId());
        assertThat(created.data().path("members")).hasSize(2);

        Reply added = api.post(CHAT + "/groups/" + group + "/members", Map.of("userId", carol.userId()), alice.accessToken());
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.data().path("members")).hasSize(3);
        assertThat(sendText(carol, group, "hi all").path("seq").asLong()).isEqualTo(1);

        Reply left = delete(CHAT + "/groups/" + group + "/members/" + carol.userId(), carol.accessToken());
        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        assertError(send(carol, group, Map.of("content", "still here?")), 404, "NOT_FOUND");
        Reply removed = delete(CHAT + "/groups/" + group + "/members/" + bob.userId(), alice.accessToken());
        assertThat(removed.status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM conversation_members WHERE conversation_id = ?", UUID.fromString(group)))
                .isEqualTo(1);
    }

    @Test
    void only_the_owner_manages_members_and_strangers_get_404() {
        String group = api.post(CHAT + "/groups", Map.of("name", "G", "memberIds", List.of(bob.userId())),
                alice.accessToken()).data().path("id").asText();
        assertError(api.post(CHAT + "/groups/" + group + "/members", Map.of("userId", carol.userId()), carol.accessToken()),
                404, "NOT_FOUND");
        assertError(api.post(CHAT + "/groups/" + group + "/members", Map.of("userId", carol.userId()), bob.accessToken()),
                403, "FORBIDDEN");
        assertError(delete(CHAT + "/groups/" + group + "/members/" + alice.userId(), bob.accessToken()), 403, "FORBIDDEN");
        assertError(delete(CHAT + "/groups/" + group + "/members/" + bob.userId(), carol.accessToken()), 404, "NOT_FOUND");
        assertThat(count("SELECT count(*) FROM conversation_members WHERE conversation_id = ?", UUID.fromString(group)))
                .isEqualTo(2);
    }

    @Test
    void group_routes_reject_bad_input_without_writing() {
        long before = count("SELECT count(*) FROM conversations");
        assertError(api.post(CHAT + "/groups", Map.of("name", "", "memberIds", List.of()), alice.accessToken()),
                400, "VALIDATION_FAILED");
        assertError(api.post(CHAT + "/groups", Map.of("name", "G", "memberIds", List.of("nope")), alice.accessToken()),
                400, "VALIDATION_FAILED");
        assertError(api.post(CHAT + "/groups", Map.of("name", "G", "memberIds", List.of(UUID.randomUUID().toString())),
                alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.post(CHAT + "/groups", Map.of("name", "x".repeat(101)), alice.accessToken()), 400, "VALIDATION_FAILED");
        assertThat(count("SELECT count(*) FROM conversations")).isEqualTo(before);

        String direct = direct(alice, bob);
        assertError(api.post(CHAT + "/groups/" + direct + "/members", Map.of("userId", carol.userId()), alice.accessToken()),
                400, "VALIDATION_FAILED");
        String group = api.post(CHAT + "/groups", Map.of("name", "G"), alice.accessToken()).data().path("id").asText();
        assertError(api.post(CHAT + "/groups/" + group + "/members", Map.of(), alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.post(CHAT + "/groups/" + group + "/members", Map.of("userId", UUID.randomUUID().toString()),
                alice.accessToken()), 404, "NOT_FOUND");
        assertError(delete(CHAT + "/groups/" + group + "/members/" + alice.userId(), alice.accessToken()),
                400, "VALIDATION_FAILED");
        assertError(delete(CHAT + "/groups/bad/members/bad", alice.accessToken()), 404, "NOT_FOUND");
        assertThat(count("SELECT count(*) FROM conversation_members WHERE conversation_id = ?", UUID.fromString(group)))
                .isEqualTo(1);
    }
}
