package io.ensemble.app.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/v1/discovery/{influencers|salons|creators}} (seeds/001 §Discovery, seeds/002; issue 5 §2). */
@ExtendWith(DropwizardExtensionsSupport.class)
class DiscoveryRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private static Session salon;
    private static Session influencer;
    private static Session brand;
    private Api api;
    private String region;

    @BeforeAll
    static void callers() {
        // one signup per role for the whole class: Argon2 hashing is the slow part of a test
        Api api = new Api(APP.getLocalPort());
        RoleSessions accounts = new RoleSessions(api, new Inbox(MAIL));
        salon = accounts.of("SALON");
        influencer = accounts.of("INFLUENCER");
        brand = accounts.of("BRAND");
    }

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        region = DiscoverySeed.region();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Reply list(String route, Session who, String query) {
        return api.get("/api/v1/discovery/" + route + "?region=" + enc(region) + query, who.accessToken());
    }

    private static List<String> names(Reply r, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.data().path("items").forEach(i -> out.add(i.path(field).asText()));
        return out;
    }

    @Test
    void salon_finds_an_onboarded_influencer_by_category_and_follower_range() {
        Session alice = new RoleSessions(api, new Inbox(MAIL)).of("INFLUENCER");
        Reply onboard = api.post("/api/v1/onboarding/influencer", Map.of("bio", "Hair tutorials",
                "categories", List.of("hair", "makeup"), "region", region, "city", "Lagos",
                "languages", List.of("English")), alice.accessToken());
        assertThat(onboard.status()).as(onboard.toString()).isEqualTo(200);
        Reply sync = api.post("/api/v1/profiles/social-sync/instagram", Map.of("followers", 5000), alice.accessToken());
        assertThat(sync.status()).as(sync.toString()).isEqualTo(200);
        DiscoverySeed.one("INFLUENCER", "Too Small", "", "{hair}", region, 200, "ACTIVE", true);
        DiscoverySeed.one("INFLUENCER", "Other Niche", "", "{gaming}", region, 5000, "ACTIVE", true);

        Reply r = list("influencers", salon, "&categories=hair&minFollowers=1000&maxFollowers=10000");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("success").asBoolean()).isTrue();
        assertThat(r.data().path("items")).hasSize(1);
        JsonNode card = r.data().path("items").get(0);
        assertThat(card.path("id").asText()).isEqualTo(alice.userId());
        assertThat(card.path("role").asText()).isEqualTo("INFLUENCER");
        assertThat(card.path("name").asText()).isEqualTo("Test INFLUENCER");
        assertThat(card.path("bio").asText()).isEqualTo("Hair tutorials");
        assertThat(card.path("city").asText()).isEqualTo("Lagos");
        assertThat(card.path("region").asText()).isEqualTo(region);
        assertThat(card.path("totalFollowers").asLong()).isEqualTo(5000);
        assertThat(names(r, "id")).containsExactly(alice.userId());
        assertThat(r.data().has("nextCursor")).isTrue();
        assertThat(r.data().path("nextCursor").isNull()).isTrue();
        assertThat(card.has("verified") && card.has("featured") && card.has("rating") && card.has("avatar")).isTrue();
        assertThat(card.has("email") || card.has("phone") || card.has("budget")).isFalse();
        assertThat(r.raw()).doesNotContain(alice.email()).doesNotContain("+14155550199");
    }

    @Test
    void typo_tolerant_search_finds_glow_studio_first() {
        DiscoverySeed.one("SALON", "Owner A", "Glow Studio", "{nails}", region, 10, "ACTIVE", true);
        DiscoverySeed.one("SALON", "Owner B", "Bella Nails", "{nails}", region, 99999, "ACTIVE", true);
        DiscoverySeed.one("SALON", "Owner C", "Glow Hair Lounge", "{hair}", region, 50, "ACTIVE", true);

        Reply r = list("salons", influencer, "&search=" + enc("glw studo"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(names(r, "businessName")).first().isEqualTo("Glow Studio");
        assertThat(names(r, "businessName")).doesNotContain("Bella Nails");

        Reply word = list("salons", influencer, "&search=glow");
        assertThat(names(word, "businessName")).containsExactlyInAnyOrder("Glow Studio", "Glow Hair Lounge");
    }

    @Test
    void brand_lists_creators_with_repeated_and_comma_separated_categories() {
        DiscoverySeed.one("CREATOR", "Fit Fiona", "", "{fitness}", region, 300, "ACTIVE", true);
        DiscoverySeed.one("CREATOR", "Chef Carl", "", "{food,travel}", region, 200, "ACTIVE", true);
        DiscoverySeed.one("CREATOR", "Gamer Gus", "", "{gaming}", region, 100, "ACTIVE", true);
        DiscoverySeed.one("INFLUENCER", "Not A Creator", "", "{fitness}", region, 900, "ACTIVE", true);

        Reply all = list("creators", brand, "");
        assertThat(names(all, "name")).containsExactly("Fit Fiona", "Chef Carl", "Gamer Gus");
        Reply repeated = list("creators", brand, "&categories=fitness&categories=food");
        assertThat(names(repeated, "name")).containsExactly("Fit Fiona", "Chef Carl");
        Reply comma = list("creators", brand, "&categories=" + enc("travel,gaming"));
        assertThat(names(comma, "name")).containsExactly("Chef Carl", "Gamer Gus");
        Reply brackets = list("creators", brand, "&" + enc("categories[]") + "=gaming");
        assertThat(names(brackets, "name")).containsExactly("Gamer Gus");
    }

    @Test
    void region_matches_case_insensitively_and_max_followers_includes_accounts_without_stats() {
        DiscoverySeed.one("INFLUENCER", "No Stats", "", "{hair}", region, -1, "ACTIVE", true);
        DiscoverySeed.one("INFLUENCER", "Big", "", "{hair}", region, 1_000_000, "ACTIVE", true);
        Reply r = api.get("/api/v1/discovery/influencers?region=" + enc(region.toUpperCase())
                + "&maxFollowers=10", salon.accessToken());
        assertThat(names(r, "name")).containsExactly("No Stats");
        assertThat(r.data().path("items").get(0).path("totalFollowers").asLong()).isZero();
    }

    @Test
    void suspended_not_onboarded_and_other_role_users_never_appear() {
        DiscoverySeed.one("INFLUENCER", "Visible", "", "{hair}", region, 10, "ACTIVE", true);
        DiscoverySeed.one("INFLUENCER", "Suspended", "", "{hair}", region, 10, "SUSPENDED", true);
        DiscoverySeed.one("INFLUENCER", "Half Done", "", "{hair}", region, 10, "ACTIVE", false);
        DiscoverySeed.one("SALON", "A Salon", "Salon X", "{hair}", region, 10, "ACTIVE", true);
        assertThat(names(list("influencers", salon, ""), "name")).containsExactly("Visible");
        assertThat(names(list("influencers", salon, "&search=suspended"), "name")).isEmpty();
    }

    @Test
    void wrong_role_is_403_and_no_token_is_401() {
        for (String[] c : new String[][] {{"influencers", "i"}, {"influencers", "b"}, {"salons", "s"},
                {"salons", "b"}, {"creators", "s"}, {"creators", "i"}}) {
            Session who = switch (c[1]) {
                case "i" -> influencer;
                case "s" -> salon;
                default -> brand;
            };
            Reply r = api.get("/api/v1/discovery/" + c[0], who.accessToken());
            assertThat(r.status()).as(c[0] + " " + r).isEqualTo(403);
            assertThat(r.code()).isEqualTo("FORBIDDEN");
            assertThat(r.json().path("success").asBoolean(true)).isFalse();
        }
        Reply anonymous = api.get("/api/v1/discovery/influencers");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().path("success").asBoolean(true)).isFalse();
    }

    @Test
    void bad_input_is_400_naming_the_field() {
        assertBad(list("influencers", salon, "&categories=hair&categories=unicorns"), "categories");
        assertBad(list("influencers", salon, "&minFollowers=lots"), "minFollowers");
        assertBad(list("influencers", salon, "&maxFollowers=-5"), "maxFollowers");
        assertBad(list("influencers", salon, "&minFollowers=100&maxFollowers=10"), "maxFollowers");
        assertBad(list("influencers", salon, "&cursor=not-a-cursor"), "cursor");
        assertBad(list("influencers", salon, "&limit=ten"), "limit");
    }

    @Test
    void huge_limit_is_clamped_to_100() {
        DiscoverySeed.many(105, "SALON", "Clone", "Clone Salon", "{spa}", region, 7);
        Reply r = list("salons", influencer, "&limit=100000");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("items")).hasSize(100);
        assertThat(r.data().path("nextCursor").asText()).isNotBlank();
        Reply rest = list("salons", influencer, "&limit=100000&cursor=" + r.data().path("nextCursor").asText());
        assertThat(rest.data().path("items")).hasSize(5);
        assertThat(rest.data().path("nextCursor").isNull()).isTrue();
    }

    private static void assertBad(Reply r, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().path("success").asBoolean(true)).isFalse();
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().path("details").get(0).path("field").asText()).isEqualTo(field);
        assertThat(r.json().path("error").asText()).isNotBlank();
    }
}
