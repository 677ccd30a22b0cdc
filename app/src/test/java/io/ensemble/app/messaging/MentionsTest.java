package io.ensemble.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.WsClient;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mentions (issue 27): a send's {@code mentions: [userId]} in a GROUP notifies each mentioned member through
 * the notifications context ("You were mentioned"), even when they muted the conversation; DIRECT
 * conversations and non-members are ignored; bad mention lists are 400 with nothing written.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MentionsTest extends ChatRoutesFixture {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @BeforeEach
    void setUp() {
        signUpAliceBobAndCarol(APP.getLocalPort(), MAIL);
    }

    private String group() {
        Reply created = api.post(CHAT + "/groups", Map.of("name", "Crew", "memberIds",
                List.of(bob.userId(), carol.userId())), alice.accessToken());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asText();
    }

    private static long notifications(String userId, String title) {
        return count("SELECT count(*) FROM notifications WHERE user_id = ? AND title = ?", UUID.fromString(userId), title);
    }

    private static void eventually(java.util.function.BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }

    @Test
    void a_mentioned_member_is_notified_even_when_the_group_is_muted() {
        String g = group();
        assertThat(api.post(CHAT + "/conversations/" + g + "/mute", null, carol.accessToken()).status()).isEqualTo(200);
        Reply sent = send(alice, g, Map.of("content", "@Carol can you check the cut?",
                "mentions", List.of(carol.userId(), UUID.randomUUID().toString(), alice.userId())));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String id = sent.data().path("id").asText();

        eventually(() -> notifications(carol.userId(), "You were mentioned") == 1, "carol told of the mention");
        eventually(() -> notifications(bob.userId(), "New message") == 1, "bob told of a new message");
        assertThat(count("SELECT count(*) FROM outbox WHERE type = 'message_mentioned' AND payload->>'messageId' = ?",
                id)).as("one mention row: carol (the stranger and the sender are ignored)").isEqualTo(1);
        assertThat(notifications(carol.userId(), "New message")).as("muted: no new-message notification").isZero();
        assertThat(notifications(alice.userId(), "You were mentioned")).isZero();
        assertThat(unreadOf(carol, g)).as("unread still rises while muted").isEqualTo(1);

        try (WsClient carolWs = WsClient.connected(APP.getLocalPort(), carol.accessToken())) {
            assertThat(carolWs.request("join_conversation", Map.of("conversationId", g)).path("success").asBoolean())
                    .isTrue();
            try (WsClient bobWs = WsClient.connected(APP.getLocalPort(), bob.accessToken())) {
                assertThat(bobWs.request("send_message", Map.of("conversationId", g, "content", "@Carol again",
                        "mentions", List.of(carol.userId()))).path("success").asBoolean()).isTrue();
            }
        }
        eventually(() -> notifications(carol.userId(), "You were mentioned") == 2, "carol online: told again");
    }

    @Test
    void mentions_in_a_direct_conversation_are_ignored() {
        String c = direct(alice, bob);
        Reply sent = send(alice, c, Map.of("content", "@Bob hi", "mentions", List.of(bob.userId())));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(count("SELECT count(*) FROM outbox WHERE type = 'message_mentioned' AND payload->>'messageId' = ?",
                sent.data().path("id").asText())).isZero();
    }

    @Test
    void a_stranger_cannot_mention_into_a_group_and_bad_lists_write_nothing() {
        Reply created = api.post(CHAT + "/groups", Map.of("name", "Duo", "memberIds", List.of(bob.userId())),
                alice.accessToken());
        String g = created.data().path("id").asText();
        assertError(send(carol, g, Map.of("content", "hi", "mentions", List.of(bob.userId()))), 404, "NOT_FOUND");
        Reply tooMany = send(alice, g, Map.of("content", "everyone",
                "mentions", Collections.nCopies(21, bob.userId())));
        assertError(tooMany, 400, "VALIDATION_FAILED");
        assertThat(tooMany.invalidFields()).containsExactly("mentions");
        Reply notIds = send(alice, g, Map.of("content", "x", "mentions", List.of("@bob")));
        assertThat(notIds.invalidFields()).containsExactly("mentions");
        assertThat(messagesIn(g)).isZero();
        assertThat(count("SELECT count(*) FROM outbox WHERE type = 'message_mentioned' AND payload->>'conversationId' = ?",
                g)).isZero();
    }
}
