package io.ensemble.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.ActivityLogs;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every identity route's happy path, driven over HTTP with the OTPs read from real mail (seeds/001 §Authentication). */
@ExtendWith(DropwizardExtensionsSupport.class)
class AuthFlowTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private Inbox inbox;
    private Accounts accounts;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        inbox = new Inbox(MAIL);
        accounts = new Accounts(api, inbox);
    }

    @Test
    void influencer_signs_up_verifies_logs_in_reads_me_refreshes_and_logs_out() {
        String email = Accounts.uniqueEmail("Flow");
        Reply signup = api.post("/api/v1/auth/signup/influencer",
                Map.of("name", "John Doe", "email", email, "password", "SecurePass123!", "termsAccepted", true));
        assertThat(signup.status()).isEqualTo(201);
        assertThat(signup.json().path("success").asBoolean()).isTrue();
        assertThat(signup.json().path("message").asText()).isEqualTo("Influencer account created successfully");
        assertThat(signup.data().path("email").asText()).isEqualTo(email.toLowerCase());
        String userId = signup.data().path("userId").asText();

        Reply early = api.post("/api/v1/auth/login", Map.of("email", email, "password", "SecurePass123!"));
        assertThat(early.status()).isEqualTo(403);
        assertThat(early.code()).isEqualTo("EMAIL_NOT_VERIFIED");

        Reply verify = api.post("/api/v1/auth/verify-otp", Map.of("email", email, "otp", inbox.latestOtp(email)));
        assertThat(verify.status()).as(verify.toString()).isEqualTo(200);
        assertThat(verify.data().path("emailVerified").asBoolean()).isTrue();

        Reply login = api.post("/api/v1/auth/login", Map.of("email", email, "password", "SecurePass123!"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.data().path("expiresIn").asLong()).isEqualTo(900);
        assertThat(login.data().path("user").path("id").asText()).isEqualTo(userId);
        assertThat(login.data().path("user").path("role").asText()).isEqualTo("INFLUENCER");
        assertThat(login.data().path("user").has("passwordHash")).isFalse();
        assertThat(login.raw()).doesNotContain("argon2");
        String access = login.data().path("accessToken").asText();
        String refresh = login.data().path("refreshToken").asText();

        Reply me = api.get("/api/v1/auth/me", access);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.data().path("email").asText()).isEqualTo(email.toLowerCase());
        assertThat(me.data().path("emailVerified").asBoolean()).isTrue();

        Reply refreshed = api.post("/api/v1/auth/refresh", Map.of("refreshToken", refresh));
        assertThat(refreshed.status()).isEqualTo(200);
        String access2 = refreshed.data().path("accessToken").asText();
        String refresh2 = refreshed.data().path("refreshToken").asText();
        assertThat(refresh2).isNotEqualTo(refresh);
        assertThat(api.get("/api/v1/auth/me", access2).status()).isEqualTo(200);

        Reply logout = api.post("/api/v1/auth/logout", Map.of(), access2);
        assertThat(logout.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", access2).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", access).status()).isEqualTo(401);
        Reply afterLogout = api.post("/api/v1/auth/refresh", Map.of("refreshToken", refresh2));
        assertThat(afterLogout.status()).isEqualTo(401);
        List<JsonNode> logouts = ActivityLogs.read(api, new RoleSessions(api, inbox).admin(),
                "action=logout&actorId=" + userId);
        assertThat(logouts).singleElement().satisfies(e -> {
            assertThat(e.path("targetType").asText()).isEqualTo("session");
            assertThat(e.path("requestId").asText()).isNotBlank();
        });
    }

    @Test
    void salon_signup_uses_business_name() {
        String email = Accounts.uniqueEmail("salon");
        Reply signup = api.post("/api/v1/auth/signup/salon", Map.of("businessName", "Glow Studio", "email", email,
                "password", "SecurePass123!", "termsAccepted", true));
        assertThat(signup.status()).as(signup.toString()).isEqualTo(201);
        api.post("/api/v1/auth/verify-otp", Map.of("email", email, "otp", inbox.latestOtp(email)));
        Reply login = api.post("/api/v1/auth/login", Map.of("email", email, "password", "SecurePass123!"));
        assertThat(login.data().path("user").path("name").asText()).isEqualTo("Glow Studio");
        assertThat(login.data().path("user").path("role").asText()).isEqualTo("SALON");
    }

    @Test
    void generic_signup_accepts_every_self_assignable_role() {
        for (String role : new String[] {"CREATOR", "BRAND", "HOST", "PARTIER", "TALENT", "MEMBER", "host"}) {
            String email = Accounts.uniqueEmail("role");
            Reply signup = api.post("/api/v1/auth/signup", Map.of("name", "R", "email", email,
                    "password", "SecurePass123!", "termsAccepted", true, "role", role));
            assertThat(signup.status()).as(role + " " + signup).isEqualTo(201);
            api.post("/api/v1/auth/verify-otp", Map.of("email", email, "otp", inbox.latestOtp(email)));
            Reply login = api.post("/api/v1/auth/login", Map.of("email", email, "password", "SecurePass123!"));
            assertThat(login.data().path("user").path("role").asText()).isEqualTo(role.toUpperCase());
        }
    }

    @Test
    void otp_is_burnt_after_five_wrong_tries() {
        String email = Accounts.uniqueEmail("otp");
        accounts.signup(email);
        String right = inbox.latestOtp(email);
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 1; i <= 4; i++) {
            Reply r = api.post("/api/v1/auth/verify-otp", Map.of("email", email, "otp", wrong));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("INVALID_OTP");
        }
        Reply fifth = api.post("/api/v1/auth/verify-otp", Map.of("email", email, "otp", wrong));
        assertThat(fifth.code()).isEqualTo("OTP_LOCKED");
        Reply rightAfterLock = api.post("/api/v1/auth/verify-otp", Map.of("email", email, "otp", right));
        assertThat(rightAfterLock.status()).isEqualTo(400);
        assertThat(api.post("/api/v1/auth/login", Map.of("email", email, "password", Accounts.PASSWORD)).code())
                .isEqualTo("EMAIL_NOT_VERIFIED");
    }

    @Test
    void resend_otp_has_a_cooldown_and_answers_unknown_emails_the_same() {
        String email = Accounts.uniqueEmail("resend");
        accounts.signup(email);
        inbox.latestOtp(email);
        Reply tooSoon = api.post("/api/v1/auth/resend-otp", Map.of("email", email));
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.code()).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(tooSoon.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(inbox.count(email)).isEqualTo(1);

        Reply unknown = api.post("/api/v1/auth/resend-otp", Map.of("email", Accounts.uniqueEmail("nobody")));
        assertThat(unknown.status()).isEqualTo(200);
    }

    @Test
    void wrong_password_and_unknown_email_get_the_same_401() {
        Accounts.Session s = accounts.verifiedSession("creds");
        Reply wrong = api.post("/api/v1/auth/login", Map.of("email", s.email(), "password", "WrongPass123!"));
        Reply unknown = api.post("/api/v1/auth/login",
                Map.of("email", Accounts.uniqueEmail("ghost"), "password", "WrongPass123!"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.json()).isEqualTo(unknown.json());
    }

    @Test
    void forgot_password_flow_resets_and_revokes_every_session() {
        Accounts.Session first = accounts.verifiedSession("reset");
        Accounts.Session second = accounts.login(first.email(), Accounts.PASSWORD, first.userId());
        int mailsBefore = inbox.count(first.email());

        Reply forgot = api.post("/api/v1/auth/forgot-password", Map.of("email", first.email()));
        Reply forgotUnknown = api.post("/api/v1/auth/forgot-password", Map.of("email", Accounts.uniqueEmail("none")));
        assertThat(forgot.status()).isEqualTo(200);
        assertThat(forgotUnknown.json()).isEqualTo(forgot.json());
        await(() -> inbox.count(first.email()) == mailsBefore + 1);

        Reply resendTooSoon = api.post("/api/v1/auth/resend-forgot-otp", Map.of("email", first.email()));
        assertThat(resendTooSoon.status()).isEqualTo(200);
        await(() -> io.ensemble.app.support.Sql.count(
                "SELECT count(*) FROM password_reset_requests WHERE email = ?", first.email()) == 0);
        assertThat(inbox.count(first.email())).isEqualTo(mailsBefore + 1);

        Reply verify = api.post("/api/v1/auth/verify-forgot-otp",
                Map.of("email", first.email(), "otp", inbox.latestOtp(first.email())));
        assertThat(verify.status()).as(verify.toString()).isEqualTo(200);
        String resetToken = verify.data().path("resetToken").asText();
        assertThat(resetToken).hasSize(43);

        Reply reset = api.post("/api/v1/auth/reset-password",
                Map.of("resetToken", resetToken, "newPassword", "BrandNewPass456!"));
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        Reply reused = api.post("/api/v1/auth/reset-password",
                Map.of("resetToken", resetToken, "newPassword", "AnotherPass789!"));
        assertThat(reused.code()).isEqualTo("INVALID_RESET_TOKEN");

        assertThat(api.get("/api/v1/auth/me", first.accessToken()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", second.accessToken()).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", second.refreshToken())).status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login", Map.of("email", first.email(), "password", Accounts.PASSWORD))
                .status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login", Map.of("email", first.email(), "password", "BrandNewPass456!"))
                .status()).isEqualTo(200);

        Accounts.Session admin = new RoleSessions(api, inbox).admin();
        List<JsonNode> resets = ActivityLogs.read(api, admin, "action=password_reset&targetType=user&targetId="
                + first.userId());
        assertThat(resets).as("one reset completed; the reused token changed nothing").singleElement()
                .satisfies(e -> {
                    assertThat(e.path("actorId").asText()).isEqualTo(first.userId());
                    assertThat(e.path("requestId").asText()).isNotBlank();
                    assertThat(ActivityLogs.changes(e)).containsExactly("password: null -> [REDACTED]",
                            "sessions: null -> revoked");
                    assertThat(e.toString()).doesNotContain("BrandNewPass456!").doesNotContain(resetToken);
                });
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(50)).until(condition::getAsBoolean);
    }
}
