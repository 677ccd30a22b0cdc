package io.ensemble.app.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts.Session;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /api/v1/profile/me}, {@code /update} and {@code /:userId} (seeds/001 §Profile; issue 5 §1). */
@ExtendWith(DropwizardExtensionsSupport.class)
class ProfileRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private RoleSessions accounts;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        accounts = new RoleSessions(api, new Inbox(MAIL));
    }

    private Reply update(Session s, Map<String, Object> body) {
        return api.sendRaw("PUT", "/api/v1/profile/update", Api.toJson(body), s.accessToken(), Map.of());
    }

    private static String username() {
        return "user_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void me_before_onboarding_is_a_blank_profile_with_the_account_email() {
        Session s = accounts.of("HOST");
        Reply r = api.get("/api/v1/profile/me", s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("userId").asText()).isEqualTo(s.userId());
        assertThat(r.data().path("email").asText()).isEqualTo(s.email());
        assertThat(r.data().path("role").asText()).isEqualTo("HOST");
        assertThat(r.data().path("displayName").asText()).isEqualTo("Test HOST");
        assertThat(r.data().path("onboardingCompleted").asBoolean()).isFalse();
    }

    @Test
    void update_changes_only_the_fields_sent() {
        Session s = accounts.of("TALENT");
        String name = username();
        Reply r = update(s, Map.of("name", "DJ Nova", "username", name, "bio", "House and techno",
                "avatar", "https://cdn.example.com/nova.png", "phone", "+14155550123"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Reply again = update(s, Map.of("city", "Berlin"));
        assertThat(again.data().path("displayName").asText()).isEqualTo("DJ Nova");
        assertThat(again.data().path("username").asText()).isEqualTo(name);
        assertThat(again.data().path("bio").asText()).isEqualTo("House and techno");
        assertThat(again.data().path("avatarUrl").asText()).isEqualTo("https://cdn.example.com/nova.png");
        assertThat(again.data().path("phone").asText()).isEqualTo("+14155550123");
        assertThat(again.data().path("city").asText()).isEqualTo("Berlin");
        assertThat(api.get("/api/v1/profile/me", s.accessToken()).data().path("city").asText()).isEqualTo("Berlin");
    }

    @Test
    void usernames_are_unique_case_insensitively_with_409() {
        Session a = accounts.of("PARTIER");
        Session b = accounts.of("PARTIER");
        String name = username();
        assertThat(update(a, Map.of("username", name)).status()).isEqualTo(200);
        Reply clash = update(b, Map.of("username", name.toUpperCase(), "bio", "should not be saved"));
        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.code()).isEqualTo("USERNAME_TAKEN");
        assertThat(RoleSessions.count("SELECT count(*) FROM profiles WHERE user_id = ?::uuid", b.userId())).isZero();
    }

    @Test
    void public_view_never_shows_email_phone_or_budget() {
        Session brand = accounts.of("BRAND");
        Reply onboard = api.post("/api/v1/onboarding/brand", Map.of("company", "Acme", "categories", List.of("beauty"),
                "region", "Lagos", "budgetMin", 1000, "budgetMax", 9000, "currency", "NGN"), brand.accessToken());
        assertThat(onboard.status()).as(onboard.toString()).isEqualTo(200);
        assertThat(update(brand, Map.of("phone", "+2348012345678")).status()).isEqualTo(200);

        Session viewer = accounts.of("CREATOR");
        Reply r = api.get("/api/v1/profile/" + brand.userId(), viewer.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("businessName").asText()).isEqualTo("Acme");
        assertThat(r.data().has("email")).isFalse();
        assertThat(r.data().has("phone")).isFalse();
        assertThat(r.data().has("budget")).isFalse();
        assertThat(r.raw()).doesNotContain(brand.email()).doesNotContain("2348012345678").doesNotContain("9000");
    }

    @Test
    void unknown_malformed_or_suspended_user_is_404() {
        Session viewer = accounts.of("SALON");
        Session target = accounts.of("INFLUENCER");
        assertThat(api.get("/api/v1/profile/" + UUID.randomUUID(), viewer.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/profile/not-a-uuid", viewer.accessToken()).code()).isEqualTo("NOT_FOUND");
        assertThat(api.get("/api/v1/profile/" + target.userId(), viewer.accessToken()).status()).isEqualTo(200);
        RoleSessions.execute("UPDATE users SET status = 'SUSPENDED' WHERE id = ?::uuid", target.userId());
        Reply r = api.get("/api/v1/profile/" + target.userId(), viewer.accessToken());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("success").asBoolean(true)).isFalse();
    }

    @Test
    void profile_routes_need_a_token() {
        assertThat(api.get("/api/v1/profile/me").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/profile/" + UUID.randomUUID()).status()).isEqualTo(401);
        assertThat(api.sendRaw("PUT", "/api/v1/profile/update", "{}", null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void bad_update_fields_are_named_and_nothing_is_written() {
        Session s = accounts.of("HOST");
        Reply r = update(s, Map.of("username", "a b", "avatar", "ftp://x", "phone", "12345", "bio", "b".repeat(1001),
                "categories", List.of("hair", "nope")));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().path("details").findValuesAsText("field"))
                .containsExactlyInAnyOrder("username", "avatarUrl", "phone", "bio");
        Reply unknownCategory = update(s, Map.of("categories", List.of("hair", "nope")));
        assertThat(unknownCategory.status()).isEqualTo(400);
        assertThat(unknownCategory.json().path("details").findValuesAsText("field")).containsExactly("categories");
        Reply roleField = update(s, Map.of("minRate", 100, "maxRate", 200, "currency", "USD"));
        assertThat(roleField.status()).isEqualTo(400);
        assertThat(roleField.json().path("details").findValuesAsText("field"))
                .containsExactlyInAnyOrder("minRate", "maxRate");
        assertThat(RoleSessions.count("SELECT count(*) FROM profiles WHERE user_id = ?::uuid", s.userId())).isZero();
    }

    @Test
    void creator_can_update_rates_and_availability() {
        Session s = accounts.of("CREATOR");
        Reply r = update(s, Map.of("minRate", 100, "maxRate", 200, "currency", "EUR", "availability", "UNAVAILABLE"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("rates").path("currency").asText()).isEqualTo("EUR");
        assertThat(r.data().path("availability").asText()).isEqualTo("unavailable");
        Reply inverted = update(s, Map.of("minRate", 300, "maxRate", 200, "currency", "EUR"));
        assertThat(inverted.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/profile/me", s.accessToken()).data().path("rates").path("max").asLong())
                .isEqualTo(200);
    }
}
