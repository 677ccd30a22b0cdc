package io.ensemble.app.compat.idyll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Seeds/003 §Authentication and §Chat under {@code CLIENT_PROFILE=idyll} (issue 22 §3), end to end. */
@ExtendWith(DropwizardExtensionsSupport.class)
class IdyllAuthChatTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("clientProfile", "idyll"));

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
    }

    /** A member registered through the dialect: {@code {token, user}}. */
    private JsonNode register(String name) {
        String email = Accounts.uniqueEmail("idyll");
        Reply r = api.post("/api/auth/register", Map.of("name", name, "email", email, "password", Accounts.PASSWORD));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static void assertError(Reply r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().path("error").isTextual()).as(r.toString()).isTrue();
        assertThat(r.json().has("success")).as(r.toString()).isFalse();
    }

    @Test
    void register_login_me_and_logout_speak_the_seed_bodies() {
        String email = Accounts.uniqueEmail("idyll-flow");
        Reply reg = api.post("/api/auth/register", Map.of("name", "Ivy Editor", "email", email,
                "password", Accounts.PASSWORD, "role", "member"));
        assertThat(reg.status()).as(reg.toString()).isEqualTo(200);
        assertThat(reg.json().path("token").asText()).isNotBlank();
        assertThat(reg.json().path("user").path("role").asText()).isEqualTo("member");
        assertThat(reg.json().path("user").path("status").asText()).isEqualTo("active");
        assertThat(reg.json().has("success")).isFalse();

        Reply login = api.post("/api/auth/login", Map.of("email", email, "password", Accounts.PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String token = login.json().path("token").asText();
        assertThat(login.json().path("user").path("id").asText()).isEqualTo(reg.json().path("user").path("id").asText());

        Reply me = api.get("/api/auth/me", token);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("user").path("email").asText()).isEqualTo(email);
        assertThat(me.json().path("user").path("name").asText()).isEqualTo("Ivy Editor");
        assertThat(me.json().path("user").has("avatar")).isTrue();

        Reply out = api.post("/api/auth/logout", Map.of(), token);
        assertThat(out.status()).as(out.toString()).isEqualTo(200);
        assertThat(out.json().path("success").asBoolean()).isTrue();
        assertError(api.get("/api/auth/me", token), 401);
    }

    @Test
    void bad_registrations_are_400_naming_the_field_and_store_nothing() {
        String email = Accounts.uniqueEmail("idyll-bad");
        Reply admin = api.post("/api/auth/register", Map.of("name", "Mallory", "email", email,
                "password", Accounts.PASSWORD, "role", "admin"));
        assertError(admin, 400);
        assertThat(admin.json().path("message").asText()).contains("role");
        Reply weak = api.post("/api/auth/register", Map.of("name", "M", "email", email, "password", "short"));
        assertError(weak, 400);
        assertThat(weak.json().path("message").asText()).contains("password");
        assertError(api.post("/api/auth/register", "{not json"), 400);
        assertThat(Sql.count("SELECT count(*) FROM users WHERE email = ?", email)).isZero();

        JsonNode taken = register("Taken");
        assertError(api.post("/api/auth/register", Map.of("name", "Again", "email",
                taken.path("user").path("email").asText(), "password", Accounts.PASSWORD)), 409);
        assertError(api.post("/api/auth/login", Map.of("email", taken.path("user").path("email").asText(),
                "password", "WrongPass123!")), 401);
        assertError(api.get("/api/auth/me"), 401);
    }

    @Test
    void chat_messages_are_the_team_room_with_message_sender_and_timestamp() {
        JsonNode ivy = register("Ivy Editor");
        JsonNode max = register("Max Shooter");
        String ivyToken = ivy.path("token").asText();

        Reply sent = api.post("/api/chat/messages", Map.of("message", "Edit is live", "sender", "ignored"), ivyToken);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().path("message").asText()).isEqualTo("Edit is live");
        assertThat(sent.json().path("sender").asText()).isEqualTo("Ivy Editor");
        assertThat(sent.json().path("senderId").asText()).isEqualTo(ivy.path("user").path("id").asText());
        assertThat(sent.json().path("timestamp").asText()).endsWith("Z");
        api.post("/api/chat/messages", Map.of("message", "Second"), max.path("token").asText());

        Reply page = api.get("/api/chat/messages?limit=2", max.path("token").asText());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        JsonNode rows = page.json().path("messages");
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.get(0).path("message").asText()).as("oldest first").isEqualTo("Edit is live");
        assertThat(rows.get(1).path("sender").asText()).isEqualTo("Max Shooter");
        assertThat(rows.get(1).path("user").path("role").asText()).isEqualTo("member");
        if (page.json().path("hasMore").asBoolean()) {
            Reply older = api.get("/api/chat/messages?limit=2&cursor=" + page.json().path("nextCursor").asText(),
                    max.path("token").asText());
            assertThat(older.status()).as(older.toString()).isEqualTo(200);
        }
    }

    @Test
    void chat_refuses_other_roles_anonymous_callers_and_bad_input() {
        RoleSessions roles = new RoleSessions(api, new Inbox(MAIL));
        Accounts.Session brand = roles.of("BRAND");
        assertError(api.get("/api/chat/messages", brand.accessToken()), 403);
        assertError(api.post("/api/chat/messages", Map.of("message", "hi"), brand.accessToken()), 403);
        assertError(api.get("/api/chat/messages"), 401);

        JsonNode ivy = register("Ivy Editor");
        String token = ivy.path("token").asText();
        UUID id = UUID.fromString(ivy.path("user").path("id").asText());
        Reply empty = api.post("/api/chat/messages", Map.of("message", " "), token);
        assertError(empty, 400);
        assertThat(empty.json().path("message").asText()).contains("content");
        assertError(api.post("/api/chat/messages", "{not json", token), 400);
        assertError(api.get("/api/chat/messages?cursor=zzz", token), 400);
        assertThat(Sql.count("SELECT count(*) FROM messages WHERE sender_id = ?", id)).isZero();
    }

    @Test
    void a_member_registered_through_the_dialect_chats_on_ws_chat() {
        JsonNode ivy = register("Ivy Editor");
        JsonNode max = register("Max Shooter");
        int port = APP.getLocalPort();
        try (WsClient a = WsClient.connectTo(port, "/ws/chat?token=" + ivy.path("token").asText(), Map.of());
             WsClient b = WsClient.connectTo(port, "/ws/chat?token=" + max.path("token").asText(), Map.of())) {
            a.await("connected", f -> true);
            b.await("connected", f -> true);
            a.request("join_room", Map.of("userId", ivy.path("user").path("id").asText(), "role", "member"));
            b.request("join_room", Map.of("userId", max.path("user").path("id").asText(), "role", "member"));
            Reply sent = api.post("/api/chat/messages", Map.of("message", "From REST"), max.path("token").asText());
            JsonNode got = a.await("new_message", f -> f.path("data").path("message").asText().equals("From REST"))
                    .path("data");
            assertThat(got.path("id").asText()).isEqualTo(sent.json().path("id").asText());
            assertThat(got.path("sender").asText()).isEqualTo("Max Shooter");
        }
    }
}
