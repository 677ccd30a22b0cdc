package io.ensemble.app.identity;

import static io.ensemble.app.support.IdTokens.APPLE_CLIENT;
import static io.ensemble.app.support.IdTokens.APPLE_ISSUER;
import static io.ensemble.app.support.IdTokens.GOOGLE_CLIENT;
import static io.ensemble.app.support.IdTokens.GOOGLE_ISSUER;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.IdTokens;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /api/v1/auth/google} and {@code /apple} (issue 23 §2) with the providers' keys served by
 * WireMock and tokens signed with test keys: creation needs a role, a second sign-in finds the account,
 * an existing e-mail account is signed in, and forged, expired, wrong-audience, wrong-issuer and
 * unverified-e-mail tokens are 401 with nothing written.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class IdTokenSignInTest {
    private static final int SMTP = FreePort.find();
    private static final int KEYS_PORT = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    @RegisterExtension
    static final WireMockExtension KEYS = WireMockExtension.newInstance().options(wireMockConfig().port(KEYS_PORT)).build();
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP, IdTokens.config(KEYS_PORT));

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        IdTokens.serveKeys(KEYS);
    }

    @Test
    void google_creates_a_brand_with_a_role_then_signs_the_same_account_in_without_one() {
        String email = Accounts.uniqueEmail("Google");
        Reply created = api.post("/api/v1/auth/google", Map.of("idToken", IdTokens.google(email), "role", "brand"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.data().path("created").asBoolean()).isTrue();
        assertThat(created.data().path("authProvider").asText()).isEqualTo("google");
        assertThat(created.data().path("user").path("role").asText()).isEqualTo("BRAND");
        assertThat(created.data().path("user").path("name").asText()).isEqualTo("Google Person");
        assertThat(created.data().path("user").path("emailVerified").asBoolean()).isTrue();
        Reply me = api.get("/api/v1/auth/me", created.data().path("accessToken").asText());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.data().path("authProvider").asText()).isEqualTo("google");
        assertThat(me.data().path("phoneVerified").asBoolean(true)).isFalse();
        assertThat(me.data().has("phone")).isFalse();

        Reply again = api.post("/api/v1/auth/google", Map.of("idToken", IdTokens.google(email)));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.data().path("created").asBoolean()).isFalse();
        assertThat(again.data().path("user").path("id").asText()).isEqualTo(created.data().path("user").path("id").asText());
        assertThat(Sql.count("SELECT count(*) FROM users WHERE lower(email) = lower(?) AND auth_provider = 'google'", email))
                .isEqualTo(1);
    }

    @Test
    void apple_signs_in_an_existing_email_account_and_creates_with_string_email_verified() {
        Accounts accounts = new Accounts(api, new Inbox(MAIL));
        String email = Accounts.uniqueEmail("Apple");
        String userId = accounts.signup(email);
        String token = IdTokens.sign(IdTokens.APPLE_KEY,
                IdTokens.claims(APPLE_ISSUER, APPLE_CLIENT, email, "true", 10, Map.of("is_private_email", "false")));
        Reply existing = api.post("/api/v1/auth/apple", Map.of("identityToken", token));
        assertThat(existing.status()).as(existing.toString()).isEqualTo(200);
        assertThat(existing.data().path("user").path("id").asText()).isEqualTo(userId);
        assertThat(existing.data().path("authProvider").asText()).isEqualTo("email");
        assertThat(existing.data().path("user").path("emailVerified").asBoolean()).isTrue();

        String fresh = Accounts.uniqueEmail("AppleNew");
        Reply created = api.post("/api/v1/auth/apple", Map.of("identityToken", IdTokens.sign(IdTokens.APPLE_KEY,
                IdTokens.claims(APPLE_ISSUER, APPLE_CLIENT, fresh, "true", 10, Map.of())), "role", "CREATOR"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.data().path("authProvider").asText()).isEqualTo("apple");
        assertThat(created.data().path("user").path("name").asText()).isEqualTo(fresh.substring(0, fresh.indexOf('@')).toLowerCase());
    }

    @Test
    void a_new_account_without_or_with_a_privileged_role_is_400_and_nothing_is_written() {
        String email = Accounts.uniqueEmail("NoRole");
        Reply noRole = api.post("/api/v1/auth/google", Map.of("idToken", IdTokens.google(email)));
        assertThat(noRole.status()).isEqualTo(400);
        assertThat(noRole.invalidFields()).containsExactly("role");
        Reply admin = api.post("/api/v1/auth/google", Map.of("idToken", IdTokens.google(email), "role", "ADMIN"));
        assertThat(admin.status()).isEqualTo(400);
        Reply blank = api.post("/api/v1/auth/apple", Map.of("role", "CREATOR"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.invalidFields()).containsExactly("identityToken");
        assertThat(Sql.count("SELECT count(*) FROM users WHERE lower(email) = lower(?)", email)).isZero();
    }

    @Test
    void forged_expired_wrong_audience_wrong_issuer_and_unverified_tokens_are_401() {
        String email = Accounts.uniqueEmail("Forged");
        Map<String, String> tokens = Map.of(
                "forged", IdTokens.sign(IdTokens.FORGER, IdTokens.claims(GOOGLE_ISSUER, GOOGLE_CLIENT, email, true, 10, Map.of())),
                "expired", IdTokens.sign(IdTokens.GOOGLE_KEY, IdTokens.claims(GOOGLE_ISSUER, GOOGLE_CLIENT, email, true, -5, Map.of())),
                "audience", IdTokens.sign(IdTokens.GOOGLE_KEY, IdTokens.claims(GOOGLE_ISSUER, "someone-else.apps.googleusercontent.com", email, true, 10, Map.of())),
                "issuer", IdTokens.sign(IdTokens.GOOGLE_KEY, IdTokens.claims("https://evil.example", GOOGLE_CLIENT, email, true, 10, Map.of())),
                "apple key on google", IdTokens.sign(IdTokens.APPLE_KEY, IdTokens.claims(GOOGLE_ISSUER, GOOGLE_CLIENT, email, true, 10, Map.of())),
                "garbage", "not.a.token");
        tokens.forEach((why, token) -> {
            Reply r = api.post("/api/v1/auth/google", Map.of("idToken", token, "role", "CREATOR"));
            assertThat(r.status()).as(why + " " + r).isEqualTo(401);
            assertThat(r.code()).as(why).isEqualTo("INVALID_ID_TOKEN");
        });
        Reply unverified = api.post("/api/v1/auth/google", Map.of("idToken", IdTokens.sign(IdTokens.GOOGLE_KEY,
                IdTokens.claims(GOOGLE_ISSUER, GOOGLE_CLIENT, email, false, 10, Map.of())), "role", "CREATOR"));
        assertThat(unverified.status()).isEqualTo(401);
        assertThat(unverified.code()).isEqualTo("EMAIL_NOT_VERIFIED");
        assertThat(Sql.count("SELECT count(*) FROM users WHERE lower(email) = lower(?)", email)).isZero();
    }
}
