package io.ensemble.app.identity;

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
import io.ensemble.app.support.RawHttpConnection;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.SharedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input on the identity routes: a clear 4xx in the error shape, and nothing written (issue 3 §Bad input). */
@ExtendWith(DropwizardExtensionsSupport.class)
class InputValidationTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private Inbox inbox;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        inbox = new Inbox(MAIL);
    }

    private Map<String, Object> validSignup(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Jane");
        body.put("email", email);
        body.put("password", "SecurePass123!");
        body.put("termsAccepted", true);
        return body;
    }

    @Test
    void missing_fields_are_named_in_details_and_nothing_is_written() throws Exception {
        long before = userCount();
        Reply r = api.post("/api/v1/auth/signup/influencer", Map.of());
        assertValidation(r, "email", "name", "password", "termsAccepted");
        Reply noBody = api.sendRaw("POST", "/api/v1/auth/signup/influencer", null, null, Map.of());
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void empty_strings_ten_kilobyte_names_and_invalid_emails_are_refused() throws Exception {
        long before = userCount();
        Map<String, Object> empty = validSignup("");
        empty.put("name", "  ");
        assertValidation(api.post("/api/v1/auth/signup/influencer", empty), "email", "name");

        Map<String, Object> huge = validSignup(Accounts.uniqueEmail("huge"));
        huge.put("name", "x".repeat(10_240));
        assertValidation(api.post("/api/v1/auth/signup/influencer", huge), "name");

        for (String bad : new String[] {"not-an-email", "a@b", "a b@example.com", "x".repeat(250) + "@example.com"}) {
            assertValidation(api.post("/api/v1/auth/signup/influencer", validSignup(bad)), "email");
        }
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void weak_passwords_are_refused_and_long_passphrases_accepted() {
        Map<String, Object> weak = validSignup(Accounts.uniqueEmail("weak"));
        weak.put("password", "password");
        assertValidation(api.post("/api/v1/auth/signup/influencer", weak), "password");

        String email = Accounts.uniqueEmail("phrase");
        Map<String, Object> phrase = validSignup(email);
        String passphrase = "correct horse battery staple ".repeat(4);
        phrase.put("password", passphrase);
        assertThat(api.post("/api/v1/auth/signup/influencer", phrase).status()).isEqualTo(201);
        api.post("/api/v1/auth/verify-otp", Map.of("email", email, "otp", inbox.latestOtp(email)));
        assertThat(api.post("/api/v1/auth/login", Map.of("email", email, "password", passphrase)).status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/auth/login",
                Map.of("email", email, "password", passphrase.substring(0, 72))).status()).isEqualTo(401);
    }

    @Test
    void wrong_typed_fields_and_malformed_json_are_400_not_500() {
        Map<String, Object> typed = validSignup(Accounts.uniqueEmail("typed"));
        typed.put("name", 12345);
        Reply r = api.post("/api/v1/auth/signup/influencer", typed);
        assertValidation(r, "name");

        Map<String, Object> flag = validSignup(Accounts.uniqueEmail("typed"));
        flag.put("termsAccepted", "yes");
        assertValidation(api.post("/api/v1/auth/signup/influencer", flag), "termsAccepted");

        Reply malformed = api.post("/api/v1/auth/login", "{\"email\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("MALFORMED_JSON");
        assertThat(malformed.raw()).doesNotContain("at [Source").doesNotContain("Exception");

        Reply array = api.post("/api/v1/auth/login", "[1,2]");
        assertThat(array.status()).isEqualTo(400);
    }

    @Test
    void bodies_over_one_mebibyte_are_413() throws Exception {
        // The server answers 413 from Content-Length, before the body, and closes the connection. A
        // client still writing the body then races the close (the kernel's reset can discard the
        // answer: "header parser received no bytes"), so only the head is sent, on its own socket.
        try (RawHttpConnection http = new RawHttpConnection(APP.getLocalPort())) {
            http.write(RawHttpConnection.head("POST", "/api/v1/auth/login", 1_100_016));
            RawHttpConnection.Response r = http.read();
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
        }
    }

    @Test
    void wrong_content_type_is_415() {
        Reply r = api.sendRaw("POST", "/api/v1/auth/login", "email=a", null, Map.of("Content-Type", "text/plain"));
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void duplicate_email_is_409_and_writes_no_second_row() throws Exception {
        String email = Accounts.uniqueEmail("dup");
        assertThat(api.post("/api/v1/auth/signup/influencer", validSignup(email)).status()).isEqualTo(201);
        Reply again = api.post("/api/v1/auth/signup/salon", validSignup(email.toUpperCase()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("EMAIL_TAKEN");
        assertThat(count("SELECT count(*) FROM users WHERE lower(email) = lower(?)", email)).isEqualTo(1);
    }

    @Test
    void admin_and_agent_roles_cannot_be_self_assigned() throws Exception {
        long before = userCount();
        for (String role : new String[] {"ADMIN", "admin", "AGENT"}) {
            Map<String, Object> body = validSignup(Accounts.uniqueEmail("esc"));
            body.put("role", role);
            assertValidation(api.post("/api/v1/auth/signup", body), "role");
        }
        Map<String, Object> unknown = validSignup(Accounts.uniqueEmail("esc"));
        unknown.put("role", "SUPERUSER");
        assertValidation(api.post("/api/v1/auth/signup", unknown), "role");
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void mass_assigned_role_status_and_email_verified_are_ignored() throws Exception {
        String email = Accounts.uniqueEmail("mass");
        Map<String, Object> body = validSignup(email);
        body.put("role", "ADMIN");
        body.put("status", "ACTIVE");
        body.put("emailVerified", true);
        body.put("id", "00000000-0000-0000-0000-000000000001");
        Reply r = api.post("/api/v1/auth/signup/influencer", body);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.data().path("userId").asText()).isNotEqualTo("00000000-0000-0000-0000-000000000001");
        try (Connection c = SharedDatabase.get().dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("SELECT role, email_verified FROM users WHERE email = ?")) {
            st.setString(1, email.toLowerCase());
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("INFLUENCER");
                assertThat(rs.getBoolean(2)).isFalse();
            }
        }
        assertThat(api.post("/api/v1/auth/login", Map.of("email", email, "password", "SecurePass123!")).code())
                .isEqualTo("EMAIL_NOT_VERIFIED");
    }

    @Test
    void sql_and_html_payloads_are_stored_verbatim_and_returned_as_json_strings() {
        String email = Accounts.uniqueEmail("inject");
        String name = "Robert'); DROP TABLE users;-- <script>alert(1)</script>";
        Map<String, Object> body = validSignup(email);
        body.put("name", name);
        assertThat(api.post("/api/v1/auth/signup/influencer", body).status()).isEqualTo(201);
        api.post("/api/v1/auth/verify-otp", Map.of("email", email, "otp", inbox.latestOtp(email)));
        Reply login = api.post("/api/v1/auth/login", Map.of("email", email, "password", "SecurePass123!"));
        assertThat(login.data().path("user").path("name").asText()).isEqualTo(name);
        assertThat(login.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void otp_and_reset_inputs_are_validated() {
        assertValidation(api.post("/api/v1/auth/verify-otp", Map.of("email", "a@example.com", "otp", "12ab")), "otp");
        assertValidation(api.post("/api/v1/auth/verify-forgot-otp", Map.of("email", "bad", "otp", "123456")), "email");
        assertValidation(api.post("/api/v1/auth/reset-password", Map.of("resetToken", "x", "newPassword", "short")),
                "newPassword");
        assertValidation(api.post("/api/v1/auth/forgot-password", Map.of()), "email");
        assertValidation(api.post("/api/v1/auth/resend-forgot-otp", Map.of("email", "@")), "email");
        assertValidation(api.post("/api/v1/auth/resend-otp", Map.of()), "email");
        assertValidation(api.post("/api/v1/auth/refresh", Map.of()), "refreshToken");
        Reply bogus = api.post("/api/v1/auth/reset-password",
                Map.of("resetToken", "bogus-token", "newPassword", "BrandNewPass456!"));
        assertThat(bogus.status()).isEqualTo(400);
        assertThat(bogus.code()).isEqualTo("INVALID_RESET_TOKEN");
        Reply unknownRefresh = api.post("/api/v1/auth/refresh", Map.of("refreshToken", "bogus"));
        assertThat(unknownRefresh.status()).isEqualTo(401);
        assertThat(unknownRefresh.code()).isEqualTo("INVALID_REFRESH_TOKEN");
    }

    private static void assertValidation(Reply r, String... fields) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().path("success").asBoolean(true)).isFalse();
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().path("error").asText()).isNotBlank();
        assertThat(r.json().path("message").asText()).isNotBlank();
        var named = new java.util.ArrayList<String>();
        r.json().path("details").forEach(d -> named.add(d.path("field").asText()));
        assertThat(named).as(r.toString()).contains(fields);
    }

    private static long userCount() throws Exception {
        return count("SELECT count(*) FROM users", null);
    }

    private static long count(String sql, String arg) throws Exception {
        try (Connection c = SharedDatabase.get().dataSource().getConnection();
             PreparedStatement st = c.prepareStatement(sql)) {
            if (arg != null) {
                st.setString(1, arg);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
