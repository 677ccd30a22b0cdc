package io.ensemble.app.agency;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 22 §1 members end to end ({@code /api/v1/agency/members}): an invite creates the account and mails a
 * set-password link; admins list with filters, rename, change the role (audited {@code role_changed}),
 * deactivate (login refused) and reactivate, and remove; non-admins 403; bad input 400; a taken e-mail 409.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AgencyMembersTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String ROUTE = "/api/v1/agency/members";

    private Api api;
    private AgencyFixture fx;
    private RoleSessions roles;
    private Accounts.Session admin;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        Inbox inbox = new Inbox(MAIL);
        fx = new AgencyFixture(api, inbox);
        roles = new RoleSessions(api, inbox);
        admin = roles.admin();
    }

    private Reply login(String email) {
        return api.post("/api/v1/auth/login", Map.of("email", email, "password", AgencyFixture.NEW_PASSWORD));
    }

    @Test
    void an_invited_member_sets_a_password_and_is_listed_as_active() {
        String email = Accounts.uniqueEmail("invitee");
        Reply invited = api.post(ROUTE, Map.of("name", "Ivy Invitee", "email", email.toUpperCase(), "role", "member"),
                admin.accessToken());
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.data().path("email").asText()).isEqualTo(email);
        assertThat(invited.data().path("role").asText()).isEqualTo("MEMBER");
        assertThat(invited.data().path("emailVerified").asBoolean()).isFalse();
        String id = invited.data().path("id").asText();
        assertThat(login(email).status()).isEqualTo(401);
        assertThat(fx.setPassword(fx.inviteToken(email)).status()).isEqualTo(200);
        assertThat(login(email).status()).isEqualTo(200);

        Reply listed = api.get(ROUTE + "?q=" + email + "&status=active&role=MEMBER", admin.accessToken());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.itemIds()).containsExactly(id);
        assertThat(listed.data().path("items").get(0).path("emailVerified").asBoolean()).isTrue();
        assertThat(api.get(ROUTE + "?q=" + email + "&status=inactive", admin.accessToken()).itemIds()).isEmpty();
    }

    @Test
    void admins_rename_change_the_role_audited_deactivate_and_reactivate_a_member() {
        Accounts.Session member = fx.member(admin.accessToken(), "edited");
        String path = ROUTE + "/" + member.userId();
        Reply renamed = fx.patch(path, Map.of("name", "Renamed Member", "role", "ADMIN"), admin.accessToken());
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.data().path("name").asText()).isEqualTo("Renamed Member");
        assertThat(renamed.data().path("role").asText()).isEqualTo("ADMIN");
        assertThat(Sql.count("SELECT count(*) FROM audit_records WHERE action = 'role_changed' AND target_id = ?",
                member.userId())).isEqualTo(1);

        Reply inactive = fx.patch(path, Map.of("status", "inactive"), admin.accessToken());
        assertThat(inactive.data().path("status").asText()).isEqualTo("inactive");
        assertThat(login(member.email()).status()).isNotEqualTo(200);
        assertThat(api.get(ROUTE + "?q=" + member.email() + "&status=inactive", admin.accessToken()).itemIds())
                .containsExactly(member.userId());
        assertThat(fx.patch(path, Map.of("status", "active"), admin.accessToken()).data().path("status").asText())
                .isEqualTo("active");
        assertThat(login(member.email()).status()).isEqualTo(200);
    }

    @Test
    void removing_a_member_deactivates_the_account_and_an_admin_cannot_remove_themselves() {
        Accounts.Session member = fx.member(admin.accessToken(), "removed");
        assertThat(fx.delete(ROUTE + "/" + member.userId(), admin.accessToken()).status()).isEqualTo(200);
        assertThat(Sql.count("SELECT count(*) FROM users WHERE id = ?::uuid AND status = 'SUSPENDED'",
                member.userId())).isEqualTo(1);
        assertThat(fx.delete(ROUTE + "/" + member.userId(), admin.accessToken()).status()).isEqualTo(200);
        Reply self = fx.delete(ROUTE + "/" + admin.userId(), admin.accessToken());
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.code()).isEqualTo("CANNOT_SUSPEND_SELF");
        assertThat(fx.delete(ROUTE + "/" + UUID.randomUUID(), admin.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void only_admins_manage_members() {
        Accounts.Session member = fx.member(admin.accessToken(), "plain");
        String email = Accounts.uniqueEmail("not-invited");
        assertThat(api.get(ROUTE, member.accessToken()).status()).isEqualTo(403);
        assertThat(api.post(ROUTE, Map.of("name", "X", "email", email), member.accessToken()).status()).isEqualTo(403);
        assertThat(fx.patch(ROUTE + "/" + admin.userId(), Map.of("role", "MEMBER"), member.accessToken()).status())
                .isEqualTo(403);
        assertThat(fx.delete(ROUTE + "/" + admin.userId(), member.accessToken()).status()).isEqualTo(403);
        assertThat(Sql.count("SELECT count(*) FROM users WHERE lower(email) = ?", email)).isZero();
    }

    @Test
    void bad_input_is_400_naming_the_field_and_a_taken_email_409_with_nothing_written() {
        String email = Accounts.uniqueEmail("bad-invite");
        Reply bad = api.post(ROUTE, Map.of("name", " ", "email", "nope", "role", "wizard"), admin.accessToken());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.invalidFields()).contains("name", "email", "role");
        Reply taken = api.post(ROUTE, Map.of("name", "Twin", "email", admin.email()), admin.accessToken());
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("EMAIL_TAKEN");
        Reply badStatus = fx.patch(ROUTE + "/" + admin.userId(), Map.of("status", "asleep"), admin.accessToken());
        assertThat(badStatus.invalidFields()).containsExactly("status");
        assertThat(api.get(ROUTE + "?status=asleep", admin.accessToken()).invalidFields()).containsExactly("status");
        assertThat(Sql.count("SELECT count(*) FROM users WHERE lower(email) = ?", email)).isZero();
    }
}
