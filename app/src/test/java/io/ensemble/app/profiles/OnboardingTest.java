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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Onboarding routes and the category list (issue 5 §1; seeds/001 §Onboarding, seeds/002 profiles). */
@ExtendWith(DropwizardExtensionsSupport.class)
class OnboardingTest {
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

    static Map<String, Object> influencerBody() {
        Map<String, Object> b = new HashMap<>();
        b.put("bio", "Hair and makeup looks");
        b.put("categories", List.of("hair", "Makeup"));
        b.put("region", "Lagos");
        b.put("city", "Ikeja");
        b.put("languages", List.of("English", "Yoruba"));
        return b;
    }

    private static long profileRows(String userId) {
        return RoleSessions.count("SELECT count(*) FROM profiles WHERE user_id = ?::uuid", userId);
    }

    @Test
    void category_list_is_public_and_holds_the_seeded_slugs() {
        Reply r = api.get("/api/v1/categories");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> slugs = r.data().findValuesAsText("slug");
        assertThat(slugs).contains("hair", "nails", "makeup", "skincare", "spa", "barber", "lashes", "brows",
                "fashion", "fitness", "lifestyle", "music", "gaming", "comedy", "education", "travel", "food",
                "beauty").isSorted();
    }

    @Test
    void influencer_onboarding_completes_the_profile() {
        Session s = accounts.of("INFLUENCER");
        Reply before = api.get("/api/v1/profile/me", s.accessToken());
        assertThat(before.data().path("onboardingCompleted").asBoolean()).isFalse();

        Reply r = api.post("/api/v1/onboarding/influencer", influencerBody(), s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("success").asBoolean()).isTrue();
        assertThat(r.data().path("onboardingCompleted").asBoolean()).isTrue();
        assertThat(r.data().path("categories").toString()).isEqualTo("[\"hair\",\"makeup\"]");
        assertThat(r.data().path("region").asText()).isEqualTo("Lagos");
        assertThat(api.get("/api/v1/profile/me", s.accessToken()).data().path("onboardingCompleted").asBoolean())
                .isTrue();
    }

    @Test
    void salon_onboarding_stores_business_fields() {
        Session s = accounts.of("SALON");
        Reply r = api.post("/api/v1/onboarding/salon", Map.of("businessName", "Glow Studio",
                "description", "Nails and lashes", "categories", List.of("nails", "lashes"), "region", "Accra",
                "address", "12 Ring Rd", "website", "https://glow.example.com"), s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("businessName").asText()).isEqualTo("Glow Studio");
        assertThat(r.data().path("website").asText()).isEqualTo("https://glow.example.com");
        assertThat(r.data().path("onboardingCompleted").asBoolean()).isTrue();
    }

    @Test
    void creator_onboarding_stores_rates_in_minor_units_and_availability() {
        Session s = accounts.of("CREATOR");
        Map<String, Object> body = influencerBody();
        body.put("minRate", 5000);
        body.put("maxRate", 25000);
        body.put("currency", "usd");
        body.put("availability", "busy");
        Reply r = api.post("/api/v1/onboarding/creator", body, s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("rates").toString()).isEqualTo("{\"min\":5000,\"max\":25000,\"currency\":\"USD\"}");
        assertThat(r.data().path("availability").asText()).isEqualTo("busy");
    }

    @Test
    void brand_onboarding_stores_company_industry_and_budget() {
        Session s = accounts.of("BRAND");
        Reply r = api.post("/api/v1/onboarding/brand", Map.of("company", "Acme Beauty", "industry", "Cosmetics",
                "website", "https://acme.example.com", "categories", List.of("beauty"), "region", "Nairobi",
                "budgetMin", 100000, "budgetMax", 500000, "currency", "KES"), s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("businessName").asText()).isEqualTo("Acme Beauty");
        assertThat(r.data().path("industry").asText()).isEqualTo("Cosmetics");
        assertThat(r.data().path("budget").path("max").asLong()).isEqualTo(500000);
    }

    @Test
    void a_caller_whose_role_does_not_match_the_route_gets_403_and_nothing_is_written() {
        Session salon = accounts.of("SALON");
        Session influencer = accounts.of("INFLUENCER");
        Reply r = api.post("/api/v1/onboarding/influencer", influencerBody(), salon.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("FORBIDDEN");
        assertThat(r.json().path("success").asBoolean(true)).isFalse();
        Reply brand = api.post("/api/v1/onboarding/brand", Map.of("company", "X", "categories", List.of("food"),
                "region", "R"), influencer.accessToken());
        assertThat(brand.status()).isEqualTo(403);
        assertThat(api.post("/api/v1/onboarding/creator", influencerBody(), salon.accessToken()).status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/onboarding/salon", Map.of(), influencer.accessToken()).status()).isEqualTo(403);
        assertThat(profileRows(salon.userId()) + profileRows(influencer.userId())).isZero();
    }

    @Test
    void onboarding_without_a_token_is_401() {
        Reply r = api.post("/api/v1/onboarding/influencer", influencerBody());
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void unknown_category_is_400_naming_the_field_and_nothing_is_written() {
        Session s = accounts.of("INFLUENCER");
        Map<String, Object> body = influencerBody();
        body.put("categories", List.of("hair", "underwater-basket-weaving"));
        Reply r = api.post("/api/v1/onboarding/influencer", body, s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().path("details").findValuesAsText("field")).containsExactly("categories");
        assertThat(r.json().path("details").get(0).path("message").asText()).contains("underwater-basket-weaving");
        assertThat(profileRows(s.userId())).isZero();
    }

    @Test
    void missing_and_malformed_fields_are_each_named_and_nothing_is_written() {
        Session s = accounts.of("SALON");
        Reply empty = api.post("/api/v1/onboarding/salon", Map.of(), s.accessToken());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("details").findValuesAsText("field"))
                .containsExactlyInAnyOrder("businessName", "categories", "region");

        Reply bad = api.post("/api/v1/onboarding/salon", Map.of("businessName", "x".repeat(151),
                "categories", List.of("hair"), "region", "R", "website", "javascript:alert(1)",
                "description", "d".repeat(2001)), s.accessToken());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("details").findValuesAsText("field"))
                .containsExactlyInAnyOrder("businessName", "website", "description");

        Reply wrongType = api.post("/api/v1/onboarding/salon", Map.of("businessName", 5), s.accessToken());
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(profileRows(s.userId())).isZero();
    }

    @Test
    void creator_rates_need_min_at_most_max_and_an_iso_currency() {
        Session s = accounts.of("CREATOR");
        Map<String, Object> body = influencerBody();
        body.put("minRate", 30000);
        body.put("maxRate", 20000);
        body.put("currency", "DOLLARS");
        body.put("availability", "sometimes");
        Reply r = api.post("/api/v1/onboarding/creator", body, s.accessToken());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("details").findValuesAsText("field"))
                .containsExactlyInAnyOrder("minRate", "currency", "availability");
        body.put("minRate", -1);
        body.put("maxRate", 10);
        body.put("currency", "XYZ");
        body.put("availability", "available");
        Reply negative = api.post("/api/v1/onboarding/creator", body, s.accessToken());
        assertThat(negative.json().path("details").findValuesAsText("field"))
                .containsExactlyInAnyOrder("minRate", "currency");
        assertThat(profileRows(s.userId())).isZero();
    }
}
