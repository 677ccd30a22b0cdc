package io.ensemble.app.agency;

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
import io.ensemble.app.support.NodeScript;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import io.ensemble.app.support.WsClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The agency team chat (issue 22 §1-2) end to end: the native routes {@code /api/v1/agency/chat/messages}
 * and seeds/003's {@code /ws/chat} with a plain WebSocket (JDK client) and the npm socket.io-client.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TeamChatTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String ROUTE = "/api/v1/agency/chat/messages";

    private Api api;
    private RoleSessions roles;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        roles = new RoleSessions(api, new Inbox(MAIL));
    }

    @Test
    void members_and_admins_share_one_team_room_and_read_each_others_messages() {
        Accounts.Session member = roles.of("MEMBER");
        Accounts.Session admin = roles.admin();

        Reply sent = api.post(ROUTE, Map.of("content", "Standup at ten", "clientMessageId", "c-1"), member.accessToken());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.data().path("content").asText()).isEqualTo("Standup at ten");
        assertThat(sent.data().path("senderId").asText()).isEqualTo(member.userId());
        Reply again = api.post(ROUTE, Map.of("content", "Standup at ten", "clientMessageId", "c-1"), member.accessToken());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.data().path("id").asText()).isEqualTo(sent.data().path("id").asText());

        Reply read = api.get(ROUTE + "?limit=5", admin.accessToken());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.itemIds()).contains(sent.data().path("id").asText());
        String room = sent.data().path("conversationId").asText();
        assertThat(Sql.count("SELECT count(*) FROM conversations WHERE subject_type = 'AGENCY'")).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM conversation_members WHERE conversation_id = ? AND user_id IN (?, ?)",
                UUID.fromString(room), UUID.fromString(member.userId()), UUID.fromString(admin.userId()))).isEqualTo(2);
    }

    @Test
    void a_suspended_member_leaves_the_room_at_the_next_use_and_other_roles_are_refused() {
        Accounts.Session member = roles.of("MEMBER");
        Accounts.Session other = roles.of("MEMBER");
        assertThat(api.get(ROUTE, member.accessToken()).status()).isEqualTo(200);
        Sql.execute("UPDATE users SET status = 'SUSPENDED' WHERE id = ?", UUID.fromString(other.userId()));
        assertThat(api.get(ROUTE, member.accessToken()).status()).isEqualTo(200);
        assertThat(Sql.count("SELECT count(*) FROM conversation_members m JOIN conversations c ON c.id = m.conversation_id"
                + " WHERE c.subject_type = 'AGENCY' AND m.user_id = ?", UUID.fromString(other.userId()))).isZero();

        Accounts.Session brand = roles.of("BRAND");
        Reply refused = api.get(ROUTE, brand.accessToken());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("FORBIDDEN");
        assertThat(api.post(ROUTE, Map.of("content", "hi"), brand.accessToken()).status()).isEqualTo(403);
        assertThat(api.get(ROUTE).status()).isEqualTo(401);
    }

    @Test
    void bad_input_is_400_naming_the_field_and_stores_nothing() {
        Accounts.Session member = roles.of("MEMBER");
        long before = Sql.count("SELECT count(*) FROM messages WHERE sender_id = ?", UUID.fromString(member.userId()));
        Reply empty = api.post(ROUTE, Map.of("content", ""), member.accessToken());
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.invalidFields()).contains("content");
        Reply tooLong = api.post(ROUTE, Map.of("content", "x".repeat(10_001)), member.accessToken());
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        Reply badCursor = api.get(ROUTE + "?cursor=not-a-cursor", member.accessToken());
        assertThat(badCursor.status()).as(badCursor.toString()).isEqualTo(400);
        assertThat(Sql.count("SELECT count(*) FROM messages WHERE sender_id = ?", UUID.fromString(member.userId())))
                .isEqualTo(before);
    }

    @Test
    void plain_websocket_on_ws_chat_joins_sends_and_announces_with_the_seed_fields() {
        Accounts.Session a = roles.of("MEMBER");
        Accounts.Session b = roles.admin();
        int port = APP.getLocalPort();
        try (WsClient alice = WsClient.connectTo(port, "/ws/chat?token=" + a.accessToken(), Map.of());
             WsClient bob = WsClient.connectTo(port, "/ws/chat", Map.of("Authorization", "Bearer " + b.accessToken()))) {
            alice.await("connected", f -> true);
            bob.await("connected", f -> true);

            JsonNode joined = alice.request("join_room", Map.of("userId", a.userId(), "role", "admin")).path("data");
            assertThat(joined.path("user").path("id").asText()).isEqualTo(a.userId());
            assertThat(joined.path("user").path("role").asText()).as("the account's role, not the frame's").isEqualTo("member");
            assertThat(joined.path("user").has("avatar")).isTrue();

            alice.sendRaw("{\"event\":\"join_room\",\"data\":{\"userId\":\"" + b.userId() + "\",\"role\":\"member\"}}");
            JsonNode refused = alice.await("error", f -> true).path("data");
            assertThat(refused.path("code").asText()).isEqualTo("FORBIDDEN");
            assertThat(refused.path("event").asText()).isEqualTo("join_room");

            bob.request("join_room", Map.of("userId", b.userId(), "role", "admin"));
            JsonNode bobJoined = alice.await("user_joined", f -> f.path("data").path("user").path("id").asText()
                    .equals(b.userId())).path("data");
            assertThat(bobJoined.path("user").path("name").asText()).isEqualTo("Test BRAND");
            assertThat(bobJoined.path("user").path("role").asText()).isEqualTo("admin");

            JsonNode ack = bob.request("send_message", Map.of("message", "Shoot moved to 3pm", "sender", "spoofed"))
                    .path("data");
            assertThat(ack.path("message").asText()).isEqualTo("Shoot moved to 3pm");
            JsonNode message = alice.await("new_message", f -> f.path("data").path("message").asText()
                    .equals("Shoot moved to 3pm")).path("data");
            assertThat(message.path("id").asText()).isEqualTo(ack.path("id").asText());
            assertThat(message.path("sender").asText()).isEqualTo("Test BRAND");
            assertThat(message.path("senderId").asText()).isEqualTo(b.userId());
            assertThat(message.path("timestamp").asText()).endsWith("Z");
            assertThat(api.get(ROUTE, a.accessToken()).itemIds()).contains(ack.path("id").asText());

            bob.close();
            alice.await("user_left", f -> f.path("data").path("user").path("id").asText().equals(b.userId()));
        }
    }

    @Test
    void ws_chat_sockets_get_events_published_to_their_user_room_by_name() {
        Accounts.Session a = roles.of("MEMBER");
        Accounts.Session b = roles.of("MEMBER");
        api.get(ROUTE, a.accessToken()); // both in the team room: partners, who see each other's presence
        int port = APP.getLocalPort();
        try (WsClient alice = WsClient.connectTo(port, "/ws/chat", Map.of())) {
            alice.send("auth", Map.of("token", a.accessToken()));
            alice.await("connected", f -> true);
            try (WsClient bob = WsClient.connectTo(port, "/ws/chat?token=" + b.accessToken(), Map.of())) {
                bob.await("connected", f -> true);
                // RealtimeSignals publishes user_online to user:{alice} when her team-mate connects
                assertThat(alice.receives("user_online", f -> f.path("data").path("userId").asText()
                        .equals(b.userId()), Duration.ofSeconds(5))).as("%s", alice.snapshot()).isTrue();
            }
        }
    }

    @Test
    void ws_chat_refuses_a_missing_or_bad_token_and_non_members() throws Exception {
        int port = APP.getLocalPort();
        try (WsClient anonymous = WsClient.connectTo(port, "/ws/chat?token=nope", Map.of())) {
            assertThat(anonymous.await("error", f -> true).path("data").path("event").asText()).isEqualTo("auth");
            assertThat(anonymous.awaitClose()).isEqualTo(1008);
        }
        Accounts.Session brand = roles.of("BRAND");
        try (WsClient outsider = WsClient.connectTo(port, "/ws/chat?token=" + brand.accessToken(), Map.of())) {
            outsider.await("connected", f -> true);
            outsider.send("send_message", Map.of("message", "let me in"));
            assertThat(outsider.await("error", f -> true).path("data").path("code").asText()).isEqualTo("FORBIDDEN");
            outsider.send("join_room", Map.of("role", "admin"));
            assertThat(outsider.await("error", f -> true).path("data").path("code").asText())
                    .isEqualTo("VALIDATION_FAILED");
        }
    }

    @Test
    void the_npm_socket_io_client_with_path_ws_chat_speaks_the_seed_events() {
        Accounts.Session a = roles.admin();
        Accounts.Session b = roles.of("MEMBER");
        JsonNode r = NodeScript.runFile("idyll-chat.js", String.valueOf(APP.getLocalPort()), a.accessToken(),
                a.userId(), b.accessToken(), b.userId());
        assertThat(r.path("failure").isMissingNode()).as(r.toString()).isTrue();
        assertThat(r.path("joinA").path("user").path("role").asText()).isEqualTo("admin");
        assertThat(r.path("refused").path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(r.path("userJoined").path("user").path("role").asText()).isEqualTo("member");
        assertThat(r.path("newMessage").path("message").asText()).isEqualTo("Hello team");
        assertThat(r.path("newMessage").path("sender").asText()).isEqualTo("Test MEMBER");
        assertThat(r.path("newMessage").path("timestamp").asText()).isNotBlank();
        assertThat(r.path("newMessage").path("id").asText()).isEqualTo(r.path("ack").path("data").path("id").asText());
        assertThat(r.path("userLeft").path("user").path("id").asText()).isEqualTo(b.userId());
        assertThat(r.path("transport").asText()).isEqualTo("websocket");
    }
}
