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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GET /chat/conversations/:otherUserId (get or create), GET /chat/conversations (list) and
 * GET /chat/conversations/:id/messages (history with {@code before}, catch-up with {@code afterSeq}).
 * Over HTTP: happy path, a third user's token (404, ids don't leak) and bad input (4xx in the
 * error shape, nothing written). Set-up and helpers: {@link ChatRoutesFixture}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ChatConversationRoutesTest extends ChatRoutesFixture {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @BeforeEach
    void setUp() {
        signUpAliceBobAndCarol(APP.getLocalPort(), MAIL);
    }

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
}
