package io.ensemble.app.discovery;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Seeds/002's {@code GET /api/v1/profile/creators}: platform, category, location, search, paging (issue 5 §2). */
@ExtendWith(DropwizardExtensionsSupport.class)
class CreatorDirectoryTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private static Api api;
    private static Session brand;
    private static Session influencer;
    private static Session tiktoker;
    private static Session instagrammer;
    private static String region;

    @BeforeAll
    static void seed() {
        api = new Api(APP.getLocalPort());
        RoleSessions roles = new RoleSessions(api, new Inbox(MAIL));
        brand = roles.of("BRAND");
        influencer = roles.of("INFLUENCER");
        region = DiscoverySeed.region();
        tiktoker = creator(roles, "fitness", "tiktok", 9000);
        instagrammer = creator(roles, "food", "instagram", 4000);
        DiscoverySeed.one("CREATOR", "No Socials", "", "{fitness}", region, -1, "ACTIVE", true);
    }

    private static Session creator(RoleSessions roles, String category, String platform, int followers) {
        Session s = roles.of("CREATOR");
        Reply onboard = api.post("/api/v1/onboarding/creator", Map.of("bio", "Creator on " + platform,
                "categories", List.of(category), "region", region), s.accessToken());
        assertThat(onboard.status()).as(onboard.toString()).isEqualTo(200);
        Reply sync = api.post("/api/v1/profiles/social-sync/" + platform, Map.of("followers", followers), s.accessToken());
        assertThat(sync.status()).as(sync.toString()).isEqualTo(200);
        return s;
    }

    private static Reply get(String query, Session who) {
        return api.get("/api/v1/profile/creators?location=" + URLEncoder.encode(region, StandardCharsets.UTF_8) + query,
                who.accessToken());
    }

    private static List<String> ids(Reply r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.data().path("items").forEach(i -> out.add(i.path("id").asText()));
        return out;
    }

    @Test
    void a_brand_filters_creators_by_platform_category_and_location() {
        assertThat(ids(get("", brand))).hasSize(3).startsWith(tiktoker.userId(), instagrammer.userId());
        assertThat(ids(get("&platform=tiktok", brand))).containsExactly(tiktoker.userId());
        assertThat(ids(get("&platform=INSTAGRAM", brand))).containsExactly(instagrammer.userId());
        assertThat(ids(get("&platform=twitch", brand))).isEmpty();
        assertThat(ids(get("&category=food", brand))).containsExactly(instagrammer.userId());
        assertThat(ids(get("&platform=tiktok&category=food", brand))).isEmpty();
        Reply card = get("&platform=tiktok", brand);
        assertThat(card.data().path("items").get(0).path("totalFollowers").asLong()).isEqualTo(9000);
        assertThat(card.data().path("nextCursor").isNull()).isTrue();
    }

    @Test
    void pages_with_a_cursor_without_repeats() {
        Reply first = get("&limit=2", brand);
        Reply second = get("&limit=2&cursor=" + first.data().path("nextCursor").asText(), brand);

        List<String> all = new ArrayList<>(ids(first));
        all.addAll(ids(second));
        assertThat(all).hasSize(3).doesNotHaveDuplicates();
        assertThat(second.data().path("nextCursor").isNull()).isTrue();
    }

    @Test
    void only_brands_may_list_creators_and_a_token_is_required() {
        Reply other = get("", influencer);
        assertThat(other.status()).as(other.toString()).isEqualTo(403);
        assertThat(other.code()).isEqualTo("FORBIDDEN");
        Reply anonymous = api.get("/api/v1/profile/creators");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void an_unknown_platform_or_bad_filter_is_400_naming_the_field() {
        Reply r = get("&platform=myspace&minFollowers=-5", brand);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().path("details").findValuesAsText("field")).containsExactlyInAnyOrder("platform", "minFollowers");
    }

    @Test
    void the_public_profile_route_still_answers_for_a_user_id() {
        Reply r = api.get("/api/v1/profile/" + tiktoker.userId(), brand.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
