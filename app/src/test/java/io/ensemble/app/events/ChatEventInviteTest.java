package io.ensemble.app.events;

import static io.ensemble.app.events.Events.assertError;
import static io.ensemble.app.events.Events.assertInvalid;
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
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import io.ensemble.app.support.WsClient;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat messages of type {@code event_invite} on the native routes and socket (issue 21 §2): the message names a
 * visible event ({@code eventId}) and every view carries {@code event {id, title, startsAt}}; unknown or
 * invisible events are 404, a missing or malformed id 400 naming {@code eventId}, and nothing is written.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ChatEventInviteTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String CHAT = "/api/v1/chat/conversations/";

    private Api api;
    private Events events;
    private Accounts.Session host;
    private Accounts.Session partier;
    private String eventId;
    private String conversation;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        RoleSessions roles = new RoleSessions(api, new Inbox(MAIL));
        events = new Events(api, roles);
        host = events.host();
        partier = events.partier();
        eventId = events.create(host, Events.body("Rooftop launch", 3));
        Reply direct = api.get(CHAT + partier.userId(),
                host.accessToken());
        assertThat(direct.status()).as(direct.toString()).isEqualTo(200);
        conversation = direct.data().path("id").asText();
    }

    private Reply send(Accounts.Session from, Map<String, Object> body) {
        return api.post(CHAT + conversation + "/messages", body, from.accessToken());
    }

    private static void assertReference(JsonNode message, String eventId, String title) {
        assertThat(message.path("type").asText()).isEqualTo("event_invite");
        assertThat(message.path("event").path("id").asText()).isEqualTo(eventId);
        assertThat(message.path("event").path("title").asText()).isEqualTo(title);
        assertThat(Instant.parse(message.path("event").path("startsAt").asText())).isAfter(Instant.now());
    }

    private long messages() {
        return Sql.count("SELECT count(*) FROM messages WHERE conversation_id = ?", UUID.fromString(conversation));
    }

    @Test
    void an_invite_carries_the_event_reference_in_the_answer_the_history_and_the_socket() {
        try (WsClient partierSocket = WsClient.connected(APP.getLocalPort(), partier.accessToken())) {
            Reply sent = send(host, Map.of("type", "event_invite", "eventId", eventId));
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
            assertReference(sent.data(), eventId, "Rooftop launch");
            assertThat(sent.data().path("content").asText()).isEqualTo("Rooftop launch");
            assertThat(sent.data().path("attachments").get(0).asText()).isEqualTo(eventId);

            JsonNode live = partierSocket.await("new_message",
                    f -> f.path("data").path("id").asText().equals(sent.data().path("id").asText()));
            assertReference(live.path("data"), eventId, "Rooftop launch");
        }
        Reply history = api.get(CHAT + conversation + "/messages", partier.accessToken());
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertReference(history.data().path("items").get(0), eventId, "Rooftop launch");
        JsonNode text = send(partier, Map.of("content", "See you there")).data();
        assertThat(text.path("event").isNull()).as(text.toString()).isTrue();
    }

    @Test
    void an_invite_over_the_native_socket_keeps_its_own_text_and_reaches_the_receiver_with_the_event() {
        try (WsClient hostSocket = WsClient.connected(APP.getLocalPort(), host.accessToken());
             WsClient partierSocket = WsClient.connected(APP.getLocalPort(), partier.accessToken())) {
            hostSocket.request("join_conversation", Map.of("conversationId", conversation));
            JsonNode answer = hostSocket.request("send_message", Map.of("conversationId", conversation,
                    "type", "event_invite", "eventId", eventId, "content", "Come along!"));
            assertThat(answer.path("success").asBoolean()).as(answer.toString()).isTrue();
            JsonNode ack = answer.path("data");
            assertReference(ack, eventId, "Rooftop launch");
            assertThat(ack.path("content").asText()).isEqualTo("Come along!");
            JsonNode live = partierSocket.await("new_message", f -> f.path("data").path("id").asText()
                    .equals(ack.path("id").asText()));
            assertReference(live.path("data"), eventId, "Rooftop launch");

            JsonNode error = hostSocket.request("send_message", Map.of("conversationId", conversation,
                    "type", "event_invite", "eventId", UUID.randomUUID().toString()));
            assertThat(error.path("code").asText()).as(error.toString()).isEqualTo("NOT_FOUND");
        }
        assertThat(messages()).isEqualTo(1);
    }

    @Test
    void an_unknown_or_another_hosts_cancelled_event_is_404_and_nothing_is_written() {
        assertError(send(host, Map.of("type", "event_invite", "eventId", UUID.randomUUID().toString())),
                404, "NOT_FOUND");
        Accounts.Session otherHost = new RoleSessions(api, new Inbox(MAIL)).of("HOST");
        String cancelled = events.create(otherHost, Events.body("Called off", 4));
        Reply cancel = api.post("/api/v1/events/" + cancelled + "/cancel", Map.of("reason", "Rain"),
                otherHost.accessToken());
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
        assertError(send(host, Map.of("type", "event_invite", "eventId", cancelled)), 404, "NOT_FOUND");
        assertThat(messages()).isZero();
    }

    @Test
    void a_missing_or_malformed_event_id_is_400_naming_event_id_and_nothing_is_written() {
        assertInvalid(send(host, Map.of("type", "event_invite", "content", "hi")), "eventId");
        assertInvalid(send(host, Map.of("type", "event_invite", "eventId", "not-an-id")), "eventId");
        assertThat(messages()).isZero();
    }

    @Test
    void a_user_outside_the_conversation_cannot_send_an_invite_into_it() {
        Accounts.Session stranger = new RoleSessions(api, new Inbox(MAIL)).of("PARTIER");
        assertError(send(stranger, Map.of("type", "event_invite", "eventId", eventId)), 404, "NOT_FOUND");
        assertThat(messages()).isZero();
    }
}
