package io.ensemble.app.compat.influmojo;

import static io.ensemble.app.compat.influmojo.InflumojoClient.assertError;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Seeds/002 §Profile Management Endpoints under {@code CLIENT_PROFILE=influmojo} (issue 23 §6). */
@ExtendWith(DropwizardExtensionsSupport.class)
class InflumojoProfileTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = InflumojoClient.app(SMTP);

    private Api api;
    private RoleSessions roles;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        roles = new RoleSessions(api, new Inbox(MAIL));
    }

    private static Map<String, Object> basicInfo(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("first_name", "Asha");
        body.put("last_name", "Rao");
        body.put("profile_image_url", "https://cdn.example.com/asha.jpg");
        body.put("cover_image_url", "https://cdn.example.com/cover.jpg");
        body.put("timezone", "Asia/Kolkata");
        body.put("language", "en");
        body.put("gender", "female");
        body.put("date_of_birth", "1998-04-02");
        body.put("bio", "Food and travel reels");
        body.put("location_city", "Bengaluru");
        body.put("location_state", "Karnataka");
        body.put("location_pincode", "560001");
        body.put("onboarding_step", 3);
        return body;
    }

    @Test
    void a_creator_updates_basic_info_in_snake_case_and_gets_the_prisma_user_back() {
        Accounts.Session creator = roles.of("CREATOR");
        Reply r = api.post("/profile/update-basic-info", basicInfo("Asha Eats"), creator.accessToken());

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("success").asBoolean()).isTrue();
        JsonNode user = r.data().path("user");
        assertThat(user.path("id").asText()).isEqualTo(creator.userId());
        assertThat(user.path("user_type").asText()).isEqualTo("creator");
        assertThat(user.path("name").asText()).isEqualTo("Asha Eats");
        assertThat(user.path("first_name").asText()).isEqualTo("Asha");
        assertThat(user.path("cover_image_url").asText()).isEqualTo("https://cdn.example.com/cover.jpg");
        assertThat(user.path("profile_image_url").asText()).isEqualTo("https://cdn.example.com/asha.jpg");
        assertThat(user.path("status").asText()).isEqualTo("pending");
        assertThat(user.path("onboarding_step").asInt()).isEqualTo(3);
        assertThat(user.path("age").asInt()).isGreaterThanOrEqualTo(27);
        assertThat(user.path("is_online").isBoolean()).isTrue();
        JsonNode profile = r.data().path("profile");
        assertThat(profile.path("location_city").asText()).isEqualTo("Bengaluru");
        assertThat(profile.path("location_pincode").asText()).isEqualTo("560001");
        assertThat(profile.path("bio").asText()).isEqualTo("Food and travel reels");
        assertThat(Sql.count("SELECT count(*) FROM profile_details WHERE user_id = ? AND pincode = '560001'",
                UUID.fromString(creator.userId()))).isEqualTo(1);
    }

    @Test
    void camel_case_is_accepted_too() {
        Accounts.Session creator = roles.of("CREATOR");
        Reply r = api.post("/profile/update-basic-info", Map.of("firstName", "Ravi", "locationCity", "Pune",
                "dateOfBirth", "1995-05-05"), creator.accessToken());

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("user").path("first_name").asText()).isEqualTo("Ravi");
        assertThat(r.data().path("user").path("date_of_birth").asText()).isEqualTo("1995-05-05");
        assertThat(r.data().path("profile").path("location_city").asText()).isEqualTo("Pune");
    }

    @Test
    void under_13_or_a_bad_field_is_400_in_the_seed_shape_and_nothing_is_saved() {
        Accounts.Session creator = roles.of("CREATOR");
        Map<String, Object> body = basicInfo("Too Young");
        body.put("date_of_birth", LocalDate.now(ZoneOffset.UTC).minusYears(10).toString());
        Reply r = api.post("/profile/update-basic-info", body, creator.accessToken());
        assertError(r, 400);
        assertThat(r.json().path("error").asText()).contains("date_of_birth");

        Reply bad = api.post("/profile/update-basic-info", Map.of("profile_image_url", "not a url",
                "timezone", "Mars/Base"), creator.accessToken());
        assertError(bad, 400);
        assertThat(bad.json().path("error").asText()).contains("profile_image_url").contains("timezone");
        assertThat(Sql.count("SELECT count(*) FROM profile_details WHERE user_id = ?",
                UUID.fromString(creator.userId()))).isZero();
        assertThat(Sql.count("SELECT count(*) FROM profiles WHERE user_id = ? AND display_name = 'Too Young'",
                UUID.fromString(creator.userId()))).isZero();
    }

    @Test
    void the_dialect_is_documented_with_its_error_body() {
        JsonNode doc = api.get("/openapi.json").json();
        assertThat(doc.path("paths").has("/profile/update-basic-info")).isTrue();
        assertThat(doc.path("paths").path("/orders/{id}/status").path("put").path("tags").toString())
                .contains("compat.influmojo");
        assertThat(doc.path("components").path("schemas").has("InflumojoError")).isTrue();
        assertThat(doc.path("components").path("schemas").path("InflumojoProfileBodiesBasicInfo").path("properties").has("first_name"))
                .isTrue();
    }

    @Test
    void the_routes_need_a_token() {
        assertError(api.post("/profile/update-basic-info", Map.of("first_name", "X")), 401);
        assertError(api.get("/profile/creators"), 401);
    }

    @Test
    void a_brand_saves_preferences_and_a_creator_cannot_send_industries() {
        Accounts.Session brand = roles.of("BRAND");
        Reply r = api.post("/profile/update-preferences", Map.of("industries", List.of("Fashion", "Food"),
                "languages", List.of("English", "Hindi"), "location", "Mumbai", "location_pincode", "400001",
                "role_in_organization", "Founder", "business_type", "SME"), brand.accessToken());

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode profile = r.data().path("profile");
        assertThat(profile.path("industries").toString()).isEqualTo("[\"Fashion\",\"Food\"]");
        assertThat(profile.path("languages").toString()).isEqualTo("[\"English\",\"Hindi\"]");
        assertThat(profile.path("location_city").asText()).isEqualTo("Mumbai");
        assertThat(profile.path("role_in_organization").asText()).isEqualTo("Founder");
        assertThat(profile.path("business_type").asText()).isEqualTo("SME");
        assertThat(r.data().path("user").path("user_type").asText()).isEqualTo("brand");

        Accounts.Session creator = roles.of("CREATOR");
        Reply refused = api.post("/profile/update-preferences", Map.of("industries", List.of("Fashion"),
                "languages", List.of("Tamil")), creator.accessToken());
        assertError(refused, 400);
        assertThat(refused.json().path("error").asText()).contains("industries");
        assertThat(Sql.count("SELECT count(*) FROM profiles WHERE user_id = ? AND 'Tamil' = ANY(languages)",
                UUID.fromString(creator.userId()))).isZero();

        Reply unknown = api.post("/profile/update-preferences", Map.of("categories", List.of("no-such-category-x")),
                creator.accessToken());
        assertError(unknown, 400);
        assertThat(unknown.json().path("error").asText()).contains("content_categories");
    }

    @Test
    void a_brand_finds_a_creator_by_search_and_page_and_a_creator_may_not_browse() {
        Accounts.Session creator = roles.of("CREATOR");
        String marker = "Zed" + UUID.randomUUID().toString().substring(0, 6);
        Reply early = api.post("/profile/update-basic-info", Map.of("name", "Chef " + marker,
                "onboarding_completed", true), creator.accessToken());
        assertError(early, 400);
        assertThat(early.json().path("error").asText()).contains("bio").contains("content_categories");
        Reply saved = api.post("/profile/update-basic-info", Map.of("name", "Chef " + marker,
                "bio", "Goan food", "location_state", "Goa"), creator.accessToken());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Reply done = api.post("/profile/update-preferences", Map.of("categories", List.of("makeup"),
                "onboardingCompleted", true), creator.accessToken());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.data().path("user").path("status").asText()).isEqualTo("active");
        assertThat(done.data().path("user").path("onboarding_completed").asBoolean()).isTrue();
        Accounts.Session brand = roles.of("BRAND");

        Reply found = api.get("/profile/creators?search=" + marker + "&page=1", brand.accessToken());
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        JsonNode creators = found.data().path("creators");
        assertThat(creators.size()).as(found.toString()).isEqualTo(1);
        assertThat(creators.get(0).path("id").asText()).isEqualTo(creator.userId());
        assertThat(creators.get(0).path("name").asText()).isEqualTo("Chef " + marker);
        assertThat(creators.get(0).path("location_state").asText()).isEqualTo("Goa");
        assertThat(found.data().path("pagination").path("page").asInt()).isEqualTo(1);
        assertThat(found.data().path("pagination").path("has_more").asBoolean(true)).isFalse();
        Reply second = api.get("/profile/creators?search=" + marker + "&page=2", brand.accessToken());
        assertThat(second.data().path("creators").size()).isZero();

        assertError(api.get("/profile/creators", creator.accessToken()), 403);
        Reply badPage = api.get("/profile/creators?page=0", brand.accessToken());
        assertError(badPage, 400);
        assertThat(badPage.json().path("error").asText()).contains("page");
    }
}
