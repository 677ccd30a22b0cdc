package io.ensemble.app.compat.influmojo;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.CapturedSms;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.IdTokens;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seeds/002 §Authentication Endpoints under {@code CLIENT_PROFILE=influmojo} (issue 23 §6): sign-up by
 * e-mail, phone (the code read from the capturing SMS sender) and Google (keys served by WireMock), login
 * each way, verify-otp; snake_case and camelCase input; {@code {success: false, error}} on bad input.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class InflumojoAuthTest {
    private static final int SMTP = FreePort.find();
    private static final int KEYS_PORT = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    @RegisterExtension
    static final WireMockExtension KEYS = WireMockExtension.newInstance().options(wireMockConfig().port(KEYS_PORT)).build();
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP, overrides());

    private Api api;

    private static ConfigOverride[] overrides() {
        List<ConfigOverride> all = new ArrayList<>(List.of(IdTokens.config(KEYS_PORT)));
        all.add(ConfigOverride.config("clientProfile", "influmojo"));
        all.add(ConfigOverride.config("sms.type", "capture"));
        all.add(ConfigOverride.config("signIn.smsAllowedCountries", "IN"));
        return all.toArray(ConfigOverride[]::new);
    }

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        IdTokens.serveKeys(KEYS);
    }

    @Test
    void creator_signs_up_by_email_in_camel_case_and_logs_in_with_snake_case_answers() {
        String email = Accounts.uniqueEmail("influ-mail");
        Reply signup = api.post("/auth/signup", Map.of("email", email, "password", Accounts.PASSWORD,
                "name", "Asha Creator", "userType", "creator"));
        assertThat(signup.status()).as(signup.toString()).isEqualTo(201);
        assertThat(signup.data().path("token").asText()).isNotBlank();
        assertThat(signup.data().path("refresh_token").asText()).isNotBlank();
        assertThat(signup.data().path("is_new_user").asBoolean()).isTrue();
        assertThat(signup.data().path("user").path("user_type").asText()).isEqualTo("creator");
        assertThat(signup.data().path("user").path("auth_provider").asText()).isEqualTo("email");
        assertThat(signup.data().path("user").path("status").asText()).isEqualTo("active");

        Reply login = api.post("/auth/login", Map.of("email", email, "password", Accounts.PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.data().path("user").path("id").asText()).isEqualTo(signup.data().path("user").path("id").asText());
        Reply me = api.get("/api/v1/auth/me", login.data().path("token").asText());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.data().path("role").asText()).isEqualTo("CREATOR");

        Reply again = api.post("/auth/signup", Map.of("email", email, "password", Accounts.PASSWORD,
                "name", "Asha", "user_type", "creator"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("success").asBoolean(true)).isFalse();
        assertThat(again.json().path("error").asText()).isNotBlank();
        Reply wrong = api.post("/auth/login", Map.of("email", email, "password", "WrongPass123!"));
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void creator_signs_up_by_phone_verifies_the_texted_code_then_logs_in_by_phone() {
        String phone = CapturedSms.uniqueIndianNumber();
        Reply signup = api.post("/auth/signup", Map.of("phone", phone.substring(0, 3) + " " + phone.substring(3),
                "name", "Ravi Creator", "user_type", "creator"));
        assertThat(signup.status()).as(signup.toString()).isEqualTo(201);
        assertThat(signup.data().path("otp_sent").asBoolean()).isTrue();
        assertThat(signup.data().path("phone").asText()).isEqualTo(phone);
        assertThat(signup.data().has("token")).isFalse();

        Reply verified = api.post("/auth/verify-otp", Map.of("phone", phone, "otp", CapturedSms.latestCode(phone)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.data().path("user").path("phone").asText()).isEqualTo(phone);
        assertThat(verified.data().path("user").path("phone_verified").asBoolean()).isTrue();
        assertThat(verified.data().path("user").path("auth_provider").asText()).isEqualTo("phone");
        assertThat(verified.data().path("user").path("email").isNull()).isTrue();
        assertThat(verified.data().path("user").path("user_type").asText()).isEqualTo("creator");

        Sql.execute("UPDATE one_time_codes SET created_at = created_at - interval '2 minutes' WHERE user_id = "
                + "(SELECT id FROM users WHERE phone = ?)", phone);
        Reply code = api.post("/auth/login", Map.of("phone", phone));
        assertThat(code.status()).as(code.toString()).isEqualTo(200);
        assertThat(code.data().path("otp_sent").asBoolean()).isTrue();
        Reply login = api.post("/auth/login", Map.of("phone", phone, "otp", CapturedSms.latestCode(phone)));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.data().path("user").path("id").asText()).isEqualTo(verified.data().path("user").path("id").asText());
    }

    @Test
    void brand_signs_up_with_google_and_logs_in_with_the_camel_case_token() {
        String email = Accounts.uniqueEmail("influ-google");
        Reply signup = api.post("/auth/signup", Map.of("id_token", IdTokens.google(email), "user_type", "brand"));
        assertThat(signup.status()).as(signup.toString()).isEqualTo(201);
        assertThat(signup.data().path("user").path("user_type").asText()).isEqualTo("brand");
        assertThat(signup.data().path("user").path("auth_provider").asText()).isEqualTo("google");
        assertThat(signup.data().path("user").path("email_verified").asBoolean()).isTrue();

        Reply login = api.post("/auth/login", Map.of("idToken", IdTokens.google(email)));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.data().path("is_new_user").asBoolean()).isFalse();
        assertThat(login.data().path("user").path("id").asText()).isEqualTo(signup.data().path("user").path("id").asText());
    }

    @Test
    void bad_input_is_4xx_in_the_seed_error_shape_and_nothing_is_written() {
        String email = Accounts.uniqueEmail("influ-bad");
        Reply admin = api.post("/auth/signup", Map.of("email", email, "password", Accounts.PASSWORD, "name", "X",
                "user_type", "admin"));
        assertThat(admin.status()).isEqualTo(400);
        assertThat(admin.json().path("success").asBoolean(true)).isFalse();
        assertThat(admin.json().path("error").asText()).contains("user_type");
        Reply noType = api.post("/auth/signup", Map.of("email", email, "password", Accounts.PASSWORD, "name", "X"));
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.json().path("error").asText()).contains("user_type");
        Reply foreign = api.post("/auth/signup", Map.of("phone", "+14155552671", "name", "X", "user_type", "creator"));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().path("error").asText()).startsWith("phone:");
        Reply forged = api.post("/auth/signup", Map.of("id_token", IdTokens.sign(IdTokens.FORGER,
                IdTokens.claims(IdTokens.GOOGLE_ISSUER, IdTokens.GOOGLE_CLIENT, email, true, 10, Map.of())),
                "user_type", "brand"));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().path("success").asBoolean(true)).isFalse();
        assertThat(Sql.count("SELECT count(*) FROM users WHERE lower(email) = lower(?)", email)).isZero();
        assertThat(Sql.count("SELECT count(*) FROM users WHERE phone = '+14155552671'")).isZero();

        String alice = CapturedSms.uniqueIndianNumber();
        String bob = CapturedSms.uniqueIndianNumber();
        assertThat(api.post("/auth/signup", Map.of("phone", alice, "name", "A", "user_type", "creator")).status()).isEqualTo(201);
        assertThat(api.post("/auth/signup", Map.of("phone", bob, "name", "B", "user_type", "brand")).status()).isEqualTo(201);
        Reply stolen = api.post("/auth/verify-otp", Map.of("phone", bob, "otp", CapturedSms.latestCode(alice)));
        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.json().path("success").asBoolean(true)).isFalse();
        Reply noCode = api.post("/auth/verify-otp", Map.of("phone", bob));
        assertThat(noCode.status()).isEqualTo(400);
        assertThat(noCode.json().path("error").asText()).contains("otp");
        assertThat(Sql.count("SELECT count(*) FROM users WHERE phone IN (?, ?) AND phone_verified", alice, bob)).isZero();
    }
}
