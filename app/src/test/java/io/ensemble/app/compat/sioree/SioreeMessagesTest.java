package io.ensemble.app.compat.sioree;

import static io.ensemble.app.compat.sioree.SioreeClient.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Seeds/000 §Messaging Endpoints under {@code CLIENT_PROFILE=sioree} (issue 21 §4), end to end. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SioreeMessagesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = SioreeClient.app(SMTP);

    private Api api;
    private SioreeClient.User host;
    private SioreeClient.User dj;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        SioreeClient client = new SioreeClient(api);
        host = client.signup("host");
        dj = client.signup("talent");
    }

    private Reply send(SioreeClient.User from, Map<String, Object> body) {
        return api.post("/api/messages", body, from.token());
    }

    @Test
    void a_message_by_receiver_id_opens_the_conversation_and_lists_with_page_numbers() {
        Reply sent = send(host, Map.of("receiverId", dj.id(), "text", "Hello! Are you available?",
                "messageType", "text"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        JsonNode m = sent.json();
        assertThat(m.path("senderId").asText()).isEqualTo(host.id());
        assertThat(m.path("receiverId").asText()).isEqualTo(dj.id());
        assertThat(m.path("text").asText()).isEqualTo("Hello! Are you available?");
        assertThat(m.path("messageType").asText()).isEqualTo("text");
        assertThat(m.path("isRead").asBoolean(true)).isFalse();
        assertThat(m.path("timestamp").asText()).isNotBlank();
        String conversationId = m.path("conversationId").asText();
        send(dj, Map.of("conversationId", conversationId, "receiverId", host.id(), "text", "Yes!"));

        Reply list = api.get("/api/messages/conversations?page=1&limit=20", dj.token());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().path("total").asLong()).isEqualTo(1);
        assertThat(list.json().path("page").asInt()).isEqualTo(1);
        assertThat(list.json().path("limit").asInt()).isEqualTo(20);
        JsonNode c = list.json().path("conversations").get(0);
        assertThat(c.path("id").asText()).isEqualTo(conversationId);
        assertThat(c.path("participantId").asText()).isEqualTo(host.id());
        assertThat(c.path("participantName").asText()).isEqualTo(host.name());
        assertThat(c.path("lastMessage").asText()).isEqualTo("Yes!");
        assertThat(c.path("unreadCount").asLong()).isEqualTo(1);
        assertThat(c.path("isActive").asBoolean()).isTrue();
        assertThat(api.get("/api/messages/conversations?page=2", dj.token()).json().path("conversations").size())
                .isZero();

        Reply page = api.get("/api/messages/" + conversationId + "?page=1&limit=1", dj.token());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().path("messages").size()).isEqualTo(1);
        assertThat(page.json().path("messages").get(0).path("text").asText()).isEqualTo("Yes!");
        assertThat(page.json().path("hasMore").asBoolean()).isTrue();
        Reply older = api.get("/api/messages/" + conversationId + "?page=2&limit=1", dj.token());
        assertThat(older.json().path("messages").get(0).path("text").asText())
                .isEqualTo("Hello! Are you available?");
        assertThat(older.json().path("hasMore").asBoolean()).isFalse();
    }

    @Test
    void reading_a_conversation_marks_its_messages_read_for_the_sender_to_see() {
        Reply sent = send(host, Map.of("receiverId", dj.id(), "text", "Ping"));
        String conversationId = sent.json().path("conversationId").asText();
        Reply read = api.post("/api/messages/" + conversationId + "/read", Map.of(), dj.token());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().path("success").asBoolean()).isTrue();
        Reply seen = api.get("/api/messages/" + conversationId, host.token());
        assertThat(seen.json().path("messages").get(0).path("isRead").asBoolean()).isTrue();
        assertThat(api.get("/api/messages/conversations", dj.token()).json().path("conversations").get(0)
                .path("unreadCount").asLong()).isZero();
    }

    @Test
    void opening_a_conversation_answers_it_with_the_other_participant() {
        Reply open = api.post("/api/messages/conversation", Map.of("userId", dj.id()), host.token());
        assertThat(open.status()).as(open.toString()).isEqualTo(200);
        assertThat(open.json().path("participantId").asText()).isEqualTo(dj.id());
        assertThat(open.json().path("participantName").asText()).isEqualTo(dj.name());
        assertThat(open.json().path("lastMessage").asText()).isEmpty();
        assertThat(open.json().path("unreadCount").asLong()).isZero();
        Reply again = api.post("/api/messages/conversation", Map.of("userId", host.id()), dj.token());
        assertThat(again.json().path("id").asText()).isEqualTo(open.json().path("id").asText());
    }

    @Test
    void an_event_invite_names_a_visible_event_and_carries_its_id() {
        Reply event = api.post("/api/events", SioreeClient.event("Invite party", 5), host.token());
        String eventId = event.json().path("id").asText();
        Reply invite = send(host, Map.of("receiverId", dj.id(), "messageType", "event_invite", "eventId", eventId));
        assertThat(invite.status()).as(invite.toString()).isEqualTo(201);
        assertThat(invite.json().path("messageType").asText()).isEqualTo("event_invite");
        assertThat(invite.json().path("eventId").asText()).isEqualTo(eventId);
        assertThat(invite.json().path("text").asText()).isEqualTo("Invite party");
        assertError(send(host, Map.of("receiverId", dj.id(), "messageType", "event_invite",
                "eventId", UUID.randomUUID().toString())), 404);
    }

    @Test
    void another_users_conversation_is_404_and_no_token_is_401() {
        Reply sent = send(host, Map.of("receiverId", dj.id(), "text", "Private"));
        String conversationId = sent.json().path("conversationId").asText();
        SioreeClient.User stranger = new SioreeClient(api).signup("partier");
        assertError(api.get("/api/messages/" + conversationId, stranger.token()), 404);
        assertError(api.post("/api/messages/" + conversationId + "/read", Map.of(), stranger.token()), 404);
        assertError(send(stranger, Map.of("conversationId", conversationId, "text", "Let me in")), 404);
        assertError(api.get("/api/messages/conversations"), 401);
        assertThat(Sql.count("SELECT count(*) FROM messages WHERE conversation_id = ?::uuid", conversationId))
                .isEqualTo(1);
    }

    @Test
    void bad_messages_are_400_naming_the_field_and_nothing_is_stored() {
        long before = Sql.count("SELECT count(*) FROM messages WHERE sender_id = ?::uuid", host.id());
        assertThat(send(host, Map.of("receiverId", dj.id(), "text", "")).json().path("error").asText())
                .contains("text");
        assertThat(send(host, Map.of("receiverId", dj.id(), "text", "x", "messageType", "video")).json()
                .path("error").asText()).contains("messageType");
        assertThat(send(host, Map.of("text", "to nobody")).json().path("error").asText()).contains("receiverId");
        assertError(send(host, Map.of("receiverId", host.id(), "text", "me")), 400);
        assertError(send(host, Map.of("receiverId", UUID.randomUUID().toString(), "text", "ghost")), 404);
        assertError(send(host, Map.of("receiverId", dj.id(), "messageType", "event_invite")), 400);
        assertError(api.get("/api/messages/conversations?page=0", host.token()), 400);
        assertError(api.get("/api/messages/conversations?limit=abc", host.token()), 400);
        assertThat(Sql.count("SELECT count(*) FROM messages WHERE sender_id = ?::uuid", host.id())).isEqualTo(before);
    }
}
