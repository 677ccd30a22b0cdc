package io.ensemble.app.agency;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 22 §1 applications end to end ({@code /api/v1/agency/applications}): the public form (3 per 15 min per
 * client address here; each test applies from its own forwarded address, 127.0.0.1 being a trusted proxy),
 * approval creating the member and mailing a single-use set-password link, rejection mailing the answer,
 * second decisions 409, a taken e-mail 409, admins only, bad input 400 with nothing stored.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AgencyApplicationsTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("http.trustedProxies", "127.0.0.1"),
            ConfigOverride.config("agency.applicationsPer15Min", "3"));
    private static final String ROUTE = "/api/v1/agency/applications";
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    private Api api;
    private AgencyFixture fx;
    private RoleSessions roles;
    private Accounts.Session admin;
    private String address;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        Inbox inbox = new Inbox(MAIL);
        fx = new AgencyFixture(api, inbox);
        roles = new RoleSessions(api, inbox);
        admin = roles.admin();
        address = "203.0.113." + ADDRESS.getAndIncrement();
    }

    private Reply apply(Map<String, Object> form) {
        return api.sendRaw("POST", ROUTE, Api.toJson(form), null, Map.of("X-Forwarded-For", address));
    }

    private Map<String, Object> form(String email, String role) {
        return Map.of("name", "Ada Applicant", "email", email, "phone", "+1 555 010 2030", "roleAppliedFor", role,
                "portfolioLinks", List.of("https://vimeo.com/ada", "https://ada.example.com/reel"),
                "message", "I edit wedding films.");
    }

    @Test
    void an_approved_applicant_sets_a_password_once_from_the_mailed_link_and_logs_in() {
        String email = Accounts.uniqueEmail("applicant");
        Reply applied = apply(form(email, "Video editor"));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(applied.data().path("status").asText()).isEqualTo("pending");
        String id = applied.data().path("id").asText();

        Reply pending = api.get(ROUTE + "?status=pending&q=" + email.substring(0, 12), admin.accessToken());
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.itemIds()).contains(id);
        assertThat(api.get(ROUTE + "/" + id, admin.accessToken()).data().path("portfolioLinks")).hasSize(2);

        Reply approved = api.post(ROUTE + "/" + id + "/approve", Map.of(), admin.accessToken());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.data().path("status").asText()).isEqualTo("approved");
        String memberId = approved.data().path("memberId").asText();
        assertThat(Sql.count("SELECT count(*) FROM users WHERE id = ?::uuid AND role = 'MEMBER'", memberId))
                .isEqualTo(1);

        String token = fx.inviteToken(email);
        assertThat(fx.setPassword(token).status()).isEqualTo(200);
        Reply again = fx.setPassword(token);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.code()).isEqualTo("INVALID_RESET_TOKEN");
        Reply login = api.post("/api/v1/auth/login", Map.of("email", email, "password", AgencyFixture.NEW_PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);

        Reply twice = api.post(ROUTE + "/" + id + "/approve", Map.of(), admin.accessToken());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("APPLICATION_DECIDED");
        assertThat(api.post(ROUTE + "/" + id + "/reject", Map.of(), admin.accessToken()).status()).isEqualTo(409);
    }

    @Test
    void a_self_assignable_role_applied_for_becomes_the_accounts_role_and_admin_does_not() {
        String creator = Accounts.uniqueEmail("creator-applicant");
        String id = apply(form(creator, "creator")).data().path("id").asText();
        String memberId = api.post(ROUTE + "/" + id + "/approve", Map.of(), admin.accessToken()).data()
                .path("memberId").asText();
        assertThat(Sql.count("SELECT count(*) FROM users WHERE id = ?::uuid AND role = 'CREATOR'", memberId))
                .isEqualTo(1);
        String sneaky = Accounts.uniqueEmail("admin-applicant");
        String other = apply(form(sneaky, "ADMIN")).data().path("id").asText();
        String otherId = api.post(ROUTE + "/" + other + "/approve", Map.of(), admin.accessToken()).data()
                .path("memberId").asText();
        assertThat(Sql.count("SELECT count(*) FROM users WHERE id = ?::uuid AND role = 'MEMBER'", otherId))
                .isEqualTo(1);
    }

    @Test
    void approving_an_applicant_whose_email_has_an_account_is_409_and_changes_nothing() {
        Accounts.Session existing = roles.of("BRAND");
        String id = apply(form(existing.email(), "Editor")).data().path("id").asText();
        Reply r = api.post(ROUTE + "/" + id + "/approve", Map.of(), admin.accessToken());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("EMAIL_TAKEN");
        assertThat(r.json().path("message").asText()).contains(existing.email()).contains("already belongs");
        assertThat(api.get(ROUTE + "/" + id, admin.accessToken()).data().path("status").asText()).isEqualTo("pending");
    }

    @Test
    void rejecting_mails_the_templated_answer_and_a_second_decision_is_409() {
        String email = Accounts.uniqueEmail("rejected");
        String id = apply(form(email, "Editor")).data().path("id").asText();
        Reply rejected = api.post(ROUTE + "/" + id + "/reject", Map.of(), admin.accessToken());
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.data().path("status").asText()).isEqualTo("rejected");
        assertThat(fx.newestMail(email)).contains("not be moving forward");
        assertThat(api.post(ROUTE + "/" + id + "/approve", Map.of(), admin.accessToken()).code())
                .isEqualTo("APPLICATION_DECIDED");
        assertThat(Sql.count("SELECT count(*) FROM users WHERE lower(email) = ?", email)).isZero();
        assertThat(fx.delete(ROUTE + "/" + id, admin.accessToken()).status()).isEqualTo(200);
        assertThat(api.get(ROUTE + "/" + id, admin.accessToken()).status()).isEqualTo(404);
        assertThat(fx.delete(ROUTE + "/" + id, admin.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void only_admins_read_and_decide_applications() {
        String id = apply(form(Accounts.uniqueEmail("authz"), "Editor")).data().path("id").asText();
        Accounts.Session member = roles.of("BRAND");
        assertThat(api.get(ROUTE, member.accessToken()).status()).isEqualTo(403);
        assertThat(api.get(ROUTE + "/" + id, member.accessToken()).status()).isEqualTo(403);
        assertThat(api.post(ROUTE + "/" + id + "/approve", Map.of(), member.accessToken()).status()).isEqualTo(403);
        assertThat(fx.delete(ROUTE + "/" + id, member.accessToken()).status()).isEqualTo(403);
        assertThat(api.get(ROUTE).status()).isEqualTo(401);
        assertThat(api.get(ROUTE + "/" + java.util.UUID.randomUUID(), admin.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void a_bad_form_is_400_naming_the_fields_and_stores_nothing() {
        String email = Accounts.uniqueEmail("bad");
        Reply r = apply(Map.of("name", "", "email", "not-an-email", "phone", "call me",
                "portfolioLinks", List.of("javascript:alert(1)")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.invalidFields()).contains("name", "email", "phone", "portfolioLinks");
        Reply noEmail = apply(Map.of("name", "Ada"));
        assertThat(noEmail.invalidFields()).containsExactly("email");
        assertThat(api.get(ROUTE + "?status=waiting", admin.accessToken()).invalidFields()).containsExactly("status");
        assertThat(Sql.count("SELECT count(*) FROM agency_applications WHERE email = ?", email)).isZero();
    }

    @Test
    void a_flood_of_applications_from_one_address_is_429_with_retry_after() {
        for (int i = 0; i < 3; i++) {
            assertThat(apply(form(Accounts.uniqueEmail("flood"), "Editor")).status()).isEqualTo(201);
        }
        Reply limited = apply(form(Accounts.uniqueEmail("flood"), "Editor"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("RATE_LIMITED");
        assertThat(limited.header("Retry-After")).isNotBlank();
    }
}
