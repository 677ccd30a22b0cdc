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
import io.ensemble.app.support.WsClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reactions (issue 27): {@code POST /messages/{id}/reactions {emoji}} and {@code DELETE .../reactions/{emoji}},
 * one per user per emoji per message, counts and "me" in message lists, {@code reaction_added} /
 * {@code reaction_removed} over /ws, at most 20 distinct emojis (409), strangers 404, bad emojis 400.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ReactionsTest extends ChatRoutesFixture {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @BeforeEach
    void setUp() {
        signUpAliceBobAndCarol(APP.getLocalPort(), MAIL);
    }

    private Reply react(String token, String messageId, Object body) {
        return api.post(CHAT + "/messages/" + messageId + "/reactions", body, token);
    }

    private static String path(String emoji) {
        return URLEncoder.encode(emoji, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void members_react_once_per_emoji_and_lists_show_counts_and_mine() {
        String c = direct(alice, bob);
        String m = sendText(alice, c, "New reel is live").path("id").asText();
        try (WsClient aliceWs = WsClient.connected(APP.getLocalPort(), alice.accessToken())) {
            aliceWs.request("join_conversation", Map.of("conversationId", c));
            Reply first = react(bob.accessToken(), m, Map.of("emoji", "👍"));
            assertThat(first.status()).as(first.toString()).isEqualTo(200);
            assertThat(first.data().path("count").asLong()).isEqualTo(1);
            JsonNode added = aliceWs.await("reaction_added", f -> f.path("data").path("messageId").asText().equals(m));
            assertThat(added.path("data").path("userId").asText()).isEqualTo(bob.userId());
            assertThat(added.path("data").path("emoji").asText()).isEqualTo("👍");

            assertThat(react(alice.accessToken(), m, Map.of("emoji", "👍")).data().path("count").asLong())
                    .isEqualTo(2);
            assertThat(react(alice.accessToken(), m, Map.of("emoji", "👍")).data().path("count").asLong())
                    .as("again: unchanged").isEqualTo(2);
            react(bob.accessToken(), m, Map.of("emoji", "❤️"));

            JsonNode mine = api.get(CHAT + "/conversations/" + c + "/messages", alice.accessToken()).data()
                    .path("items").get(0).path("reactions");
            assertThat(mine).hasSize(2);
            assertThat(mine.get(0).path("emoji").asText()).isEqualTo("👍");
            assertThat(mine.get(0).path("count").asLong()).isEqualTo(2);
            assertThat(mine.get(0).path("me").asBoolean()).isTrue();
            assertThat(mine.get(1).path("emoji").asText()).isEqualTo("❤️");
            assertThat(mine.get(1).path("me").asBoolean()).isFalse();

            Reply removed = delete(CHAT + "/messages/" + m + "/reactions/" + path("👍"), bob.accessToken());
            assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
            assertThat(removed.data().path("count").asLong()).isEqualTo(1);
            JsonNode gone = aliceWs.await("reaction_removed", f -> f.path("data").path("messageId").asText().equals(m));
            assertThat(gone.path("data").path("count").asLong()).isEqualTo(1);
        }
        JsonNode bobs = api.get(CHAT + "/conversations/" + c + "/messages", bob.accessToken()).data()
                .path("items").get(0).path("reactions");
        assertThat(bobs.get(0).path("me").asBoolean()).as("bob removed his thumbs up").isFalse();
        assertThat(count("SELECT count(*) FROM message_reactions WHERE message_id = ?", UUID.fromString(m))).isEqualTo(2);
    }

    @Test
    void a_message_carries_at_most_twenty_distinct_emojis() {
        String c = direct(alice, bob);
        String m = sendText(alice, c, "vote").path("id").asText();
        for (int i = 0; i < 20; i++) {
            assertThat(react(alice.accessToken(), m, Map.of("emoji", "e" + i)).status()).isEqualTo(200);
        }
        assertError(react(bob.accessToken(), m, Map.of("emoji", "e20")), 409, "TOO_MANY_REACTIONS");
        assertThat(react(bob.accessToken(), m, Map.of("emoji", "e3")).data().path("count").asLong())
                .as("an emoji already there still counts").isEqualTo(2);
        assertThat(count("SELECT count(DISTINCT emoji) FROM message_reactions WHERE message_id = ?", UUID.fromString(m)))
                .isEqualTo(20);
    }

    @Test
    void concurrent_reactions_cannot_pass_the_limit_together() throws Exception {
        String c = direct(alice, bob);
        String m = sendText(alice, c, "race").path("id").asText();
        for (int i = 0; i < 18; i++) {
            react(alice.accessToken(), m, Map.of("emoji", "e" + i));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String emoji = "r" + i;
                replies.add(pool.submit(() -> react(bob.accessToken(), m, Map.of("emoji", emoji))));
            }
            long ok = 0;
            for (var f : replies) {
                ok += f.get().status() == 200 ? 1 : 0;
            }
            assertThat(ok).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT count(DISTINCT emoji) FROM message_reactions WHERE message_id = ?", UUID.fromString(m)))
                .isEqualTo(20);
    }

    @Test
    void strangers_and_deleted_messages_answer_404() {
        String c = direct(alice, bob);
        String m = sendText(alice, c, "hi").path("id").asText();
        react(bob.accessToken(), m, Map.of("emoji", "👍"));
        assertError(react(carol.accessToken(), m, Map.of("emoji", "👍")), 404, "NOT_FOUND");
        assertError(delete(CHAT + "/messages/" + m + "/reactions/" + path("👍"), carol.accessToken()), 404, "NOT_FOUND");
        assertError(delete(CHAT + "/messages/" + m + "/reactions/" + path("👍"), alice.accessToken()), 404, "NOT_FOUND");
        assertThat(delete(CHAT + "/messages/" + m, alice.accessToken()).status()).isEqualTo(200);
        assertError(react(bob.accessToken(), m, Map.of("emoji", "😮")), 404, "NOT_FOUND");
        assertThat(count("SELECT count(*) FROM message_reactions WHERE message_id = ?", UUID.fromString(m))).isEqualTo(1);
    }

    @Test
    void bad_emojis_are_refused_without_writing() {
        String c = direct(alice, bob);
        String m = sendText(alice, c, "hi").path("id").asText();
        for (Object body : new Object[] {Map.of(), Map.of("emoji", ""), Map.of("emoji", "x".repeat(33)),
                Map.of("emoji", "two words")}) {
            Reply r = react(bob.accessToken(), m, body);
            assertError(r, 400, "VALIDATION_FAILED");
            assertThat(r.invalidFields()).containsExactly("emoji");
        }
        assertError(react(bob.accessToken(), "not-an-id", Map.of("emoji", "👍")), 404, "NOT_FOUND");
        assertError(react(bob.accessToken(), UUID.randomUUID().toString(), Map.of("emoji", "👍")),
                404, "NOT_FOUND");
        assertThat(count("SELECT count(*) FROM message_reactions WHERE message_id = ?", UUID.fromString(m))).isZero();
    }
}
