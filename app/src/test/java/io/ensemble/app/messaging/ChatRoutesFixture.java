package io.ensemble.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.SharedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * Shared set-up of the chat route tests ({@code Chat*RoutesTest}): three verified users with
 * searchable names (Alice, Bob and Carol plus a per-test tag), HTTP helpers for the chat routes,
 * SQL counts to prove nothing was written, and the error-shape assertion. Each test class starts
 * its own app and calls {@link #signUpAliceBobAndCarol} from its {@code @BeforeEach}.
 */
abstract class ChatRoutesFixture {
    static final String CHAT = "/api/v1/chat";

    Api api;
    Inbox inbox;
    Accounts.Session alice;
    Accounts.Session bob;
    Accounts.Session carol;

    /** Signs up, verifies and logs in Alice, Bob and Carol against the app on {@code port}. */
    void signUpAliceBobAndCarol(int port, GreenMailExtension mail) {
        api = new Api(port);
        inbox = new Inbox(mail);
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

    /** @return the id of the DIRECT conversation of {@code from} and {@code to} (get or create) */
    String direct(Accounts.Session from, Accounts.Session to) {
        Reply r = api.get(CHAT + "/conversations/" + to.userId(), from.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().path("id").asText();
    }

    Reply send(Accounts.Session from, String conversationId, Object body) {
        return api.post(CHAT + "/conversations/" + conversationId + "/messages", body, from.accessToken());
    }

    /** Sends a text message and expects 201; @return the stored message */
    JsonNode sendText(Accounts.Session from, String conversationId, String text) {
        Reply r = send(from, conversationId, Map.of("content", text));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data();
    }

    Reply patch(String path, Object body, String token) {
        return api.sendRaw("PATCH", path, body == null ? null : Api.toJson(body), token, Map.of());
    }

    Reply delete(String path, String token) {
        return api.sendRaw("DELETE", path, null, token, Map.of());
    }

    /** @return {@code who}'s unread count of {@code conversationId} as the conversation list shows it */
    long unreadOf(Accounts.Session who, String conversationId) {
        Reply list = api.get(CHAT + "/conversations?limit=100", who.accessToken());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonNode c : list.data().path("items")) {
            if (c.path("id").asText().equals(conversationId)) {
                return c.path("unreadCount").asLong();
            }
        }
        throw new AssertionError("conversation not listed");
    }

    /** @return the single number {@code sql} selects from the shared test database */
    static long count(String sql, Object... args) {
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

    static long messagesIn(String conversationId) {
        return count("SELECT count(*) FROM messages WHERE conversation_id = ?", UUID.fromString(conversationId));
    }

    /** Asserts {@code status} and the error shape {@code {success:false, code, message}}. */
    static void assertError(Reply r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().path("success").asBoolean(true)).isFalse();
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.json().path("message").asText()).isNotBlank();
    }
}
