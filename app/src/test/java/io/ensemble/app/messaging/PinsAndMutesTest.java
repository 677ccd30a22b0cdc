package io.ensemble.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pins ({@code POST/DELETE /conversations/{id}/pins/{messageId}}, {@code GET .../pins}, at most 100 → 409) and
 * mutes ({@code GET/POST/DELETE /conversations/{id}/mute}: no new-message notification row while muted, unread
 * counts still rise) of issue 27. Happy path, strangers (404) and bad input.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PinsAndMutesTest extends ChatRoutesFixture {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @BeforeEach
    void setUp() {
        signUpAliceBobAndCarol(APP.getLocalPort(), MAIL);
    }

    private Reply pin(String token, String c, String m) {
        return api.post(CHAT + "/conversations/" + c + "/pins/" + m, null, token);
    }

    @Test
    void members_pin_list_and_unpin_messages() {
        String c = direct(alice, bob);
        String first = sendText(alice, c, "Brief v1").path("id").asText();
        String second = sendText(bob, c, "Rates attached").path("id").asText();
        Reply pinned = pin(alice.accessToken(), c, first);
        assertThat(pinned.status()).as(pinned.toString()).isEqualTo(200);
        pin(bob.accessToken(), c, second);
        assertThat(pin(bob.accessToken(), c, second).data().path("items")).as("again: unchanged").hasSize(2);

        Reply listed = api.get(CHAT + "/conversations/" + c + "/pins", bob.accessToken());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.data().path("items")).extracting(p -> p.path("message").path("id").asText())
                .containsExactly(second, first);
        assertThat(listed.data().path("items").get(1).path("pinnedBy").asText()).isEqualTo(alice.userId());

        assertThat(delete(CHAT + "/conversations/" + c + "/pins/" + first, bob.accessToken()).status()).isEqualTo(200);
        assertThat(api.get(CHAT + "/conversations/" + c + "/pins", alice.accessToken()).data().path("items")).hasSize(1);
        assertError(delete(CHAT + "/conversations/" + c + "/pins/" + first, bob.accessToken()), 404, "NOT_FOUND");
    }

    @Test
    void a_conversation_holds_at_most_one_hundred_pins() {
        String c = direct(alice, bob);
        String extra = sendText(alice, c, "one too many").path("id").asText();
        UUID conversation = UUID.fromString(c);
        Sql.execute("""
                WITH m AS (
                    INSERT INTO messages (id, conversation_id, sender_id, type, content, seq, created_at)
                    SELECT gen_random_uuid(), ?, ?, 'TEXT', 'pin ' || g, 1 + g, now() FROM generate_series(1, 100) g
                    RETURNING id)
                INSERT INTO conversation_pins (conversation_id, message_id, pinned_by, pinned_at)
                SELECT ?, m.id, ?, now() FROM m""", conversation, UUID.fromString(alice.userId()), conversation,
                UUID.fromString(alice.userId()));
        Sql.execute("UPDATE conversations SET last_seq = 101 WHERE id = ?", conversation);
        assertError(pin(bob.accessToken(), c, extra), 409, "TOO_MANY_PINS");
        assertThat(count("SELECT count(*) FROM conversation_pins WHERE conversation_id = ?", conversation)).isEqualTo(100);
    }

    @Test
    void strangers_and_other_conversations_messages_answer_404() {
        String c = direct(alice, bob);
        String m = sendText(alice, c, "ours").path("id").asText();
        pin(alice.accessToken(), c, m);
        assertError(pin(carol.accessToken(), c, m), 404, "NOT_FOUND");
        assertError(api.get(CHAT + "/conversations/" + c + "/pins", carol.accessToken()), 404, "NOT_FOUND");
        assertError(delete(CHAT + "/conversations/" + c + "/pins/" + m, carol.accessToken()), 404, "NOT_FOUND");
        String other = direct(carol, alice);
        String theirs = sendText(carol, other, "theirs").path("id").asText();
        assertError(pin(alice.accessToken(), c, theirs), 404, "NOT_FOUND");
        assertError(pin(alice.accessToken(), c, "not-an-id"), 404, "NOT_FOUND");
        assertError(pin(alice.accessToken(), c, UUID.randomUUID().toString()), 404, "NOT_FOUND");
        assertError(api.post(CHAT + "/conversations/" + c + "/mute", null, carol.accessToken()), 404, "NOT_FOUND");
        assertError(api.get(CHAT + "/conversations/" + c + "/mute", carol.accessToken()), 404, "NOT_FOUND");
        assertError(api.get(CHAT + "/conversations/nope/mute", alice.accessToken()), 404, "NOT_FOUND");
        assertThat(count("SELECT count(*) FROM conversation_pins WHERE conversation_id = ?", UUID.fromString(c)))
                .isEqualTo(1);
    }

    @Test
    void a_muted_member_gets_no_new_message_notification_but_unread_counts_rise() {
        String c = direct(alice, bob);
        Reply muted = api.post(CHAT + "/conversations/" + c + "/mute", null, bob.accessToken());
        assertThat(muted.status()).as(muted.toString()).isEqualTo(200);
        assertThat(muted.data().path("muted").asBoolean()).isTrue();
        String since = muted.data().path("mutedAt").asText();
        assertThat(api.post(CHAT + "/conversations/" + c + "/mute", null, bob.accessToken()).data().path("mutedAt")
                .asText()).as("again: the first time stays").isEqualTo(since);
        assertThat(api.get(CHAT + "/conversations/" + c + "/mute", bob.accessToken()).data().path("muted").asBoolean())
                .isTrue();
        assertThat(api.get(CHAT + "/conversations/" + c + "/mute", alice.accessToken()).data().path("muted").asBoolean())
                .as("a mute is per member").isFalse();

        String quiet = sendText(alice, c, "while muted").path("id").asText();
        assertThat(unreadOf(bob, c)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox WHERE type = 'message_stored' AND payload->>'messageId' = ?", quiet))
                .isZero();

        Reply unmuted = delete(CHAT + "/conversations/" + c + "/mute", bob.accessToken());
        assertThat(unmuted.data().path("muted").asBoolean()).isFalse();
        assertThat(unmuted.data().path("mutedAt").isNull()).isTrue();
        String loud = sendText(alice, c, "after unmute").path("id").asText();
        assertThat(count("SELECT count(*) FROM outbox WHERE type = 'message_stored' AND payload->>'messageId' = ?", loud))
                .isEqualTo(1);
        assertThat(unreadOf(bob, c)).isEqualTo(2);
    }
}
