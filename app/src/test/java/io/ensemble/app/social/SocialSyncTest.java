package io.ensemble.app.social;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /api/v1/profiles/social-sync/:platform}, byte for byte in seeds/004's shapes. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SocialSyncTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String SYNC = "/api/v1/profiles/social-sync/";

    private Api api;
    private RoleSessions accounts;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        accounts = new RoleSessions(api, new Inbox(MAIL));
    }

    /** A creator who completed onboarding, so a profile exists. */
    private Session onboardedCreator() {
        Session s = accounts.of("CREATOR");
        Reply r = api.post("/api/v1/onboarding/creator", Map.of("bio", "Hi", "categories", List.of("music", "gaming"),
                "region", "Delhi", "city", "Delhi"), s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return s;
    }

    private Reply sync(Session s, String platform, String rawBody) {
        return api.sendRaw("POST", SYNC + platform, rawBody, s == null ? null : s.accessToken(), Map.of());
    }

    private static long statRows(String userId) {
        return RoleSessions.count("SELECT count(*) FROM social_stats WHERE user_id = ?::uuid", userId);
    }

    @Test
    void sync_answers_the_seed_success_body_with_breakdown_sum_and_mean_of_non_zero() {
        Session s = onboardedCreator();
        assertThat(sync(s, "instagram", "{\"followers\":15925,\"engagement\":2.5}").status()).isEqualTo(200);
        assertThat(sync(s, "twitch", "{\"followers\":100}").status()).isEqualTo(200);
        Reply r = sync(s, "tiktok", "{\"followers\":1000,\"engagement\":7.5}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.raw()).startsWith("{\"success\":true,\"message\":\"Social media Tiktok synced successfully\","
                + "\"profile\":{\"stats\":{\"platformBreakdown\":{"
                + "\"tiktok\":{\"followers\":1000,\"engagement\":7.5},"
                + "\"instagram\":{\"followers\":15925,\"engagement\":2.5},"
                + "\"youtube\":{\"followers\":0,\"engagement\":0},"
                + "\"twitch\":{\"followers\":100,\"engagement\":0}},"
                + "\"totalFollowers\":17025,\"avgEngagement\":5},"
                + "\"preferences\":{\"audienceSize\":{\"min\":0,\"max\":1000000},\"budget\":{\"min\":0,\"max\":10000},"
                + "\"collaborationTypes\":[],\"locations\":[]},"
                + "\"location\":{\"city\":\"Delhi\",\"state\":\"Delhi\",\"country\":\"\"},"
                + "\"_id\":\"" + s.userId() + "\",\"userId\":\"" + s.userId() + "\","
                + "\"niche\":[\"music\",\"gaming\"],\"rizzScore\":0,\"isPublic\":true,\"isActive\":true,\"lastSeen\":\"");
        var profile = r.json().path("profile");
        assertThat(profile.fieldNames()).toIterable().containsExactly("stats", "preferences", "location", "_id",
                "userId", "niche", "rizzScore", "isPublic", "isActive", "lastSeen", "createdAt", "updatedAt", "__v",
                "bio", "displayName", "avatar", "profileUrl", "id");
        assertThat(profile.path("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(profile.path("bio").asText()).isEqualTo("Hi");
        assertThat(RoleSessions.count("SELECT total_followers FROM social_totals WHERE user_id = ?::uuid",
                s.userId())).isEqualTo(17025);
    }

    @Test
    void twitter_joins_the_breakdown_and_a_second_push_replaces_the_first() {
        Session s = onboardedCreator();
        sync(s, "twitter", "{\"followers\":2500,\"engagement\":5.8}");
        Reply r = sync(s, "twitter", "{\"followers\":3000}");
        assertThat(r.json().path("message").asText()).isEqualTo("Social media Twitter synced successfully");
        assertThat(r.json().at("/profile/stats/platformBreakdown/twitter").toString())
                .isEqualTo("{\"followers\":3000,\"engagement\":0}");
        assertThat(r.json().at("/profile/stats/totalFollowers").asLong()).isEqualTo(3000);
        assertThat(statRows(s.userId())).isEqualTo(1);
    }

    @Test
    void missing_followers_is_the_seed_validation_body() {
        Session s = onboardedCreator();
        Reply r = sync(s, "tiktok", "{\"engagement\":7.5}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.raw()).isEqualTo("{\"message\":\"Validation failed\",\"details\":[{\"message\":"
                + "\"\\\"followers\\\" is required\",\"path\":[\"followers\"],\"type\":\"any.required\","
                + "\"context\":{\"key\":\"followers\",\"label\":\"followers\"}}]}");
        assertThat(sync(s, "tiktok", null).raw()).isEqualTo(r.raw());
        assertThat(sync(s, "tiktok", "not json").raw()).isEqualTo(r.raw());
        assertThat(statRows(s.userId())).isZero();
    }

    @Test
    void negative_followers_is_number_positive_with_the_value() {
        Session s = onboardedCreator();
        Reply r = sync(s, "instagram", "{\"followers\":-5}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.raw()).isEqualTo("{\"message\":\"Validation failed\",\"details\":[{\"message\":"
                + "\"\\\"followers\\\" must be a positive number\",\"path\":[\"followers\"],\"type\":\"number.positive\","
                + "\"context\":{\"key\":\"followers\",\"value\":-5}}]}");
        assertThat(statRows(s.userId())).isZero();
    }

    @Test
    void engagement_above_100_is_number_range_with_the_value() {
        Session s = onboardedCreator();
        Reply r = sync(s, "twitch", "{\"followers\":10,\"engagement\":150}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.raw()).isEqualTo("{\"message\":\"Validation failed\",\"details\":[{\"message\":"
                + "\"\\\"engagement\\\" must be between 0 and 100\",\"path\":[\"engagement\"],\"type\":\"number.range\","
                + "\"context\":{\"key\":\"engagement\",\"value\":150}}]}");
        Reply both = sync(s, "twitch", "{\"followers\":\"-1\",\"engagement\":-3}");
        assertThat(both.json().path("details").findValuesAsText("type"))
                .containsExactly("any.required", "number.positive", "number.range");
        assertThat(statRows(s.userId())).isZero();
    }

    @Test
    void zero_followers_is_required_as_in_the_seed_and_additions_reject_non_numbers_and_huge_counts() {
        Session s = onboardedCreator();
        assertThat(sync(s, "tiktok", "{\"followers\":0}").json().path("details").findValuesAsText("type"))
                .containsExactly("any.required");
        assertThat(sync(s, "tiktok", "{\"followers\":\"1000\"}").json().path("details").findValuesAsText("type"))
                .containsExactly("any.required");
        assertThat(sync(s, "tiktok", "{\"followers\":10,\"engagement\":\"high\"}").json().path("details")
                .findValuesAsText("type")).containsExactly("number.base");
        assertThat(sync(s, "twitch", "{\"followers\":10000001}").json().path("details").findValuesAsText("type"))
                .containsExactly("number.max");
        assertThat(statRows(s.userId())).isZero();
        Reply floored = sync(s, "tiktok", "{\"followers\":10.9,\"engagement\":null}");
        assertThat(floored.json().at("/profile/stats/platformBreakdown/tiktok").toString())
                .isEqualTo("{\"followers\":10,\"engagement\":0}");
    }

    @Test
    void unknown_platform_is_the_seed_invalid_platform_body() {
        Session s = onboardedCreator();
        for (String platform : new String[] {"youtube", "myspace", "TikTok"}) {
            Reply r = sync(s, platform, "{\"followers\":10}");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.raw()).isEqualTo("{\"message\":\"Invalid platform type\","
                    + "\"error\":\"Platform must be one of: tiktok, twitter, twitch, instagram\"}");
        }
        assertThat(statRows(s.userId())).isZero();
    }

    @Test
    void missing_or_invalid_token_is_the_seed_401_body() {
        String expected = "{\"message\":\"Unauthorized\",\"error\":\"Invalid or missing token\"}";
        Reply none = sync(null, "tiktok", "{\"followers\":10}");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.raw()).isEqualTo(expected);
        Reply bad = api.sendRaw("POST", SYNC + "tiktok", "{\"followers\":10}", "not-a-jwt", Map.of());
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.raw()).isEqualTo(expected);
    }

    @Test
    void user_without_a_profile_is_the_seed_404_body_and_nothing_is_stored() {
        Session s = accounts.of("CREATOR");
        Reply r = sync(s, "tiktok", "{\"followers\":10}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.raw()).isEqualTo("{\"message\":\"Profile not found\",\"error\":\"User profile does not exist\"}");
        assertThat(statRows(s.userId())).isZero();
    }

    @Test
    void the_eleventh_sync_within_a_minute_is_429() {
        Session s = onboardedCreator();
        for (int i = 1; i <= 10; i++) {
            assertThat(sync(s, "tiktok", "{\"followers\":" + i + "}").status()).isEqualTo(200);
        }
        Reply r = sync(s, "tiktok", "{\"followers\":11}");
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.raw()).isEqualTo("{\"message\":\"Too many sync requests\",\"error\":\"Please wait before syncing again\"}");
        assertThat(r.header("Retry-After")).isNotNull();
        assertThat(RoleSessions.count("SELECT followers FROM social_stats WHERE user_id = ?::uuid", s.userId()))
                .isEqualTo(10);
        Session other = onboardedCreator();
        assertThat(sync(other, "tiktok", "{\"followers\":1}").status()).isEqualTo(200);
    }

    @Test
    void other_routes_keep_the_conventions_error_envelope() {
        Reply r = api.get("/api/v1/profile/me");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(r.json().path("success").asBoolean(true)).isFalse();
    }
}
