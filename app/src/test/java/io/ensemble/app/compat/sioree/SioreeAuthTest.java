package io.ensemble.app.compat.sioree;

import static io.ensemble.app.compat.sioree.SioreeClient.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Seeds/000 §Authentication Endpoints under {@code CLIENT_PROFILE=sioree} (issue 21 §4), end to end. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SioreeAuthTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = SioreeClient.app(SMTP);

    private Api api;
    private SioreeClient client;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        client = new SioreeClient(api);
    }

    @Test
    void signup_answers_user_and_tokens_at_once_with_a_lower_case_role_and_issues_no_code() {
        String email = Accounts.uniqueEmail("sioree-host");
        Reply r = api.post("/api/auth/signup", Map.of("email", email, "password", Accounts.PASSWORD,
                "name", "John Doe", "role", "host"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("user").path("email").asText()).isEqualTo(email);
        assertThat(r.json().path("user").path("name").asText()).isEqualTo("John Doe");
        assertThat(r.json().path("user").path("role").asText()).isEqualTo("host");
        assertThat(r.json().path("token").asText()).isNotBlank();
        assertThat(r.json().path("refreshToken").asText()).isNotBlank();
        assertThat(r.json().has("success")).isFalse();
        assertThat(Sql.count("SELECT count(*) FROM users WHERE email = ? AND email_verified", email)).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM one_time_codes c JOIN users u ON u.id = c.user_id "
                + "WHERE u.email = ?", email)).isZero();

        Reply me = api.get("/api/auth/me", r.json().path("token").asText());
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("id").asText()).isEqualTo(r.json().path("user").path("id").asText());
        assertThat(me.json().path("role").asText()).isEqualTo("host");
        assertThat(me.json().has("avatar")).isTrue();
        assertThat(me.json().has("bio")).isTrue();
        assertThat(me.json().has("location")).isTrue();
    }

    @Test
    void login_refresh_and_logout_speak_the_seed_bodies() {
        SioreeClient.User user = client.signup("partier");
        Reply login = api.post("/api/auth/login", Map.of("email", user.email(), "password", Accounts.PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().path("user").path("role").asText()).isEqualTo("partier");
        String token = login.json().path("token").asText();

        Reply refreshed = api.post("/api/auth/refresh", Map.of("refreshToken",
                login.json().path("refreshToken").asText()));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(refreshed.json().path("token").asText()).isNotBlank();
        assertThat(refreshed.json().path("refreshToken").asText())
                .isNotEqualTo(login.json().path("refreshToken").asText());

        Reply out = api.post("/api/auth/logout", Map.of(), token);
        assertThat(out.status()).as(out.toString()).isEqualTo(200);
        assertThat(out.json().path("success").asBoolean()).isTrue();
        assertError(api.get("/api/auth/me", token), 401);
    }

    @Test
    void bad_sign_ups_are_400_naming_the_field_and_store_nothing() {
        String email = Accounts.uniqueEmail("sioree-bad");
        Reply admin = api.post("/api/auth/signup", Map.of("email", email, "password", Accounts.PASSWORD,
                "name", "Mallory", "role", "admin"));
        assertError(admin, 400);
        assertThat(admin.json().path("error").asText()).contains("role");
        Reply weak = api.post("/api/auth/signup", Map.of("email", email, "password", "short", "name", "M",
                "role", "partier"));
        assertError(weak, 400);
        assertThat(weak.json().path("error").asText()).contains("password");
        assertError(api.post("/api/auth/signup", "{not json"), 400);
        assertThat(Sql.count("SELECT count(*) FROM users WHERE email = ?", email)).isZero();
    }

    @Test
    void taken_email_wrong_password_and_missing_token_answer_the_seed_error() {
        SioreeClient.User user = client.signup("talent");
        assertError(api.post("/api/auth/signup", Map.of("email", user.email(), "password", Accounts.PASSWORD,
                "name", "Again", "role", "talent")), 409);
        assertError(api.post("/api/auth/login", Map.of("email", user.email(), "password", "WrongPass123!")), 401);
        assertError(api.get("/api/auth/me"), 401);
        assertError(api.post("/api/auth/refresh", Map.of("refreshToken", "not-a-token")), 401);
    }

    @Test
    void the_openapi_document_lists_the_dialect_routes_when_the_profile_is_on() {
        String doc = api.get("/openapi.json").raw();
        for (String path : new String[] {"/api/auth/signup", "/api/auth/me", "/api/messages",
                "/api/messages/conversations", "/api/messages/{conversationId}/read", "/api/bank/exchange-token",
                "/api/social/{platform}/auth-url", "/api/media/upload-multiple", "/api/events"}) {
            assertThat(doc).as(path).contains("\"" + path + "\"");
        }
        assertThat(doc).contains("\"/api/v1/events\"");
        assertThat(doc).as("the dialect's errors are documented as {error}")
                .contains("#/components/responses/SeedUnauthenticated").contains("\"SioreeError\"");
    }
}
