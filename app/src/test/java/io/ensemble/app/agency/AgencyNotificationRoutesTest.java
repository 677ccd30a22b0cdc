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
 * End-to-end: admin-written notifications (issue 22 §1) through the notifications context: to one user, to a
 * role, or everyone; each recipient's {@code /ws} gets {@code new_notification} carrying the whole notification;
 * it is read and marked read through the native notification routes; non-admins 403; bad input 400 naming the
 * field with nothing written.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AgencyNotificationRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    static final String NOTIFY = "/api/v1/agency/notifications";

    private Api api;
    private Accounts.Session admin;
    private Accounts.Session alice;
    private Accounts.Session brand;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        RoleSessions roles = new RoleSessions(api, new Inbox(MAIL));
        admin = roles.admin();
        alice = roles.of("MEMBER");
        brand = roles.of("BRAND");
    }

    @Test
    void an_admin_notifies_one_member_who_gets_the_whole_notification_live_and_marks_it_read() {
        try (WsClient ws = WsClient.connected(APP.getLocalPort(), alice.accessToken())) {
            Reply sent = api.post(NOTIFY, Map.of("title", "Shoot moved", "message", "Now Friday 10:00",
                    "userId", alice.userId()), admin.accessToken());
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
            assertThat(sent.data().path("recipients").asInt()).isEqualTo(1);
            String id = sent.data().path("items").get(0).path("id").asText();
            JsonNode n = ws.await("new_notification", f -> f.path("data").path("notification").path("id").asText()
                    .equals(id)).path("data").path("notification");
            assertThat(n.path("title").asText()).isEqualTo("Shoot moved");
            assertThat(n.path("message").asText()).isEqualTo("Now Friday 10:00");
            assertThat(n.path("type").asText()).isEqualTo("ANNOUNCEMENT");
            assertThat(n.path("read").asBoolean()).isFalse();
            assertThat(n.path("createdAt").asText()).isNotBlank();

            Reply mine = api.get("/api/v1/notifications", alice.accessToken());
            assertThat(mine.data().path("items").get(0).path("id").asText()).isEqualTo(id);
            Reply read = api.sendRaw("PATCH", "/api/v1/notifications/" + id + "/read", null, alice.accessToken(),
                    Map.of());
            assertThat(read.status()).isEqualTo(200);
            assertThat(api.get("/api/v1/notifications", alice.accessToken()).data().path("items").get(0)
                    .path("isRead").asBoolean()).isTrue();
        }
    }

    @Test
    void a_role_reaches_its_accounts_only_and_everyone_reaches_every_active_account() {
        try (WsClient member = WsClient.connected(APP.getLocalPort(), alice.accessToken());
             WsClient other = WsClient.connected(APP.getLocalPort(), brand.accessToken())) {
            Reply toMembers = api.post(NOTIFY, Map.of("title", "Team", "message", "Members only", "role", "member"),
                    admin.accessToken());
            assertThat(toMembers.status()).as(toMembers.toString()).isEqualTo(201);
            assertThat(toMembers.data().path("recipients").asLong())
                    .isEqualTo(Sql.count("SELECT count(*) FROM users WHERE role = 'MEMBER' AND status = 'ACTIVE'"));
            member.await("new_notification", f -> f.path("data").path("notification").path("message").asText()
                    .equals("Members only"));
            assertThat(other.receives("new_notification", f -> true, Duration.ofMillis(800))).isFalse();

            Reply everyone = api.post(NOTIFY, Map.of("title", "All", "message", "Everyone"), admin.accessToken());
            assertThat(everyone.status()).isEqualTo(201);
            other.await("new_notification", f -> f.path("data").path("notification").path("message").asText()
                    .equals("Everyone"));
        }
    }

    @Test
    void non_admins_are_refused_and_bad_input_names_the_field_with_nothing_written() {
        long before = Sql.count("SELECT count(*) FROM notifications WHERE type = 'ANNOUNCEMENT'");
        assertThat(api.post(NOTIFY, Map.of("title", "x", "message", "y"), alice.accessToken()).status())
                .isEqualTo(403);
        assertThat(api.post(NOTIFY, Map.of("message", "y"), admin.accessToken()).invalidFields())
                .containsExactly("title");
        assertThat(api.post(NOTIFY, Map.of("title", "x", "message", "y", "role", "wizard"), admin.accessToken())
                .invalidFields()).containsExactly("role");
        assertThat(api.post(NOTIFY, Map.of("title", "x", "message", "y", "role", "MEMBER", "userId",
                alice.userId()), admin.accessToken()).invalidFields()).containsExactly("role");
        assertThat(api.post(NOTIFY, Map.of("title", "x", "message", "y", "userId", UUID.randomUUID().toString()),
                admin.accessToken()).invalidFields()).containsExactly("userId");
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE type = 'ANNOUNCEMENT'")).isEqualTo(before);
    }
}
