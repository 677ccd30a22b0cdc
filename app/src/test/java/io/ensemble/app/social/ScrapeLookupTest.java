package io.ensemble.app.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.dropwizard.testing.ConfigOverride;
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
import io.ensemble.app.support.Sql;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Public profile lookups end to end (seeds/001 {@code /instagram/profile/:username}, {@code /tiktok/profile/…},
 * {@code /tiktok/videos/…}): the 7-day cache, Apify's 408 → asynchronous run, and provider failures.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ScrapeLookupTest {
    private static final int SMTP = FreePort.find();
    private static final FakeApify APIFY = new FakeApify();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("apify.token", "apify_api_test_token"),
            ConfigOverride.config("apify.apiBase", APIFY.base()),
            ConfigOverride.config("apify.pollInterval", "10 milliseconds"));

    private Api api;
    private Session ada;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        ada = new RoleSessions(api, new Inbox(MAIL)).of("INFLUENCER");
        APIFY.server.resetAll();
    }

    @AfterAll
    static void stopApify() {
        APIFY.server.stop();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_profile_lookup_is_served_from_the_cache_for_seven_days() {
        String name = unique("cached_");
        APIFY.instagram(name, 12_000);

        Reply first = api.get("/api/v1/social-media/instagram/profile/" + name, ada.accessToken());
        Reply second = api.get("/api/v1/social-media/instagram/profile/" + name.toUpperCase(), ada.accessToken());

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.data().path("followersCount").asLong()).isEqualTo(12_000);
        assertThat(first.data().path("engagementRate").asDouble()).isEqualTo(4.17);
        assertThat(first.data().path("recentPosts")).hasSize(2);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.data().path("fetchedAt").asText()).isEqualTo(first.data().path("fetchedAt").asText());
        assertThat(APIFY.runsFor(FakeApify.IG_SYNC, name)).as("second lookup is a cache hit").isEqualTo(1);

        Reply linked = api.post("/api/v1/social-media/instagram/connect", Map.of("username", name), ada.accessToken());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(APIFY.runsFor(FakeApify.IG_SYNC, name)).as("connect reuses the cached scrape").isEqualTo(1);

        Sql.execute("UPDATE scraped_profiles SET fetched_at = now() - interval '7 days 1 minute' WHERE username = ?", name);
        APIFY.instagram(name, 13_000);
        Reply stale = api.get("/api/v1/social-media/instagram/profile/" + name, ada.accessToken());
        assertThat(stale.data().path("followersCount").asLong()).isEqualTo(13_000);
        assertThat(APIFY.runsFor(FakeApify.IG_SYNC, name)).isEqualTo(2);
    }

    @Test
    void tiktok_profile_and_videos_share_one_cached_scrape() {
        String name = unique("vids.");
        APIFY.tiktok(name, 48_000);

        Reply profile = api.get("/api/v1/social-media/tiktok/profile/@" + name, ada.accessToken());
        Reply videos = api.get("/api/v1/social-media/tiktok/videos/" + name, ada.accessToken());

        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        assertThat(profile.data().path("followersCount").asLong()).isEqualTo(48_000);
        assertThat(profile.data().path("platform").asText()).isEqualTo("TIKTOK");
        assertThat(videos.status()).as(videos.toString()).isEqualTo(200);
        assertThat(videos.data().path("username").asText()).isEqualTo(name);
        assertThat(videos.data().path("videos")).hasSize(2);
        assertThat(videos.data().path("videos").get(0).path("shares").asLong()).isEqualTo(120);
        assertThat(videos.data().path("videos").get(0).path("postedAt").asText()).isEqualTo("2026-11-23T12:13:20Z");
        assertThat(APIFY.runsFor(FakeApify.TT_SYNC, name)).isEqualTo(1);
    }

    @Test
    void a_run_too_long_for_the_sync_endpoint_continues_asynchronously() {
        String name = unique("slow_");
        APIFY.instagramSyncTimesOut(name);
        APIFY.server.stubFor(post(urlPathEqualTo("/v2/acts/apify~instagram-profile-scraper/runs"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(FakeApify.fixture("run-running.json"))));
        APIFY.server.stubFor(get(urlPathEqualTo("/v2/actor-runs/HG7ML7M8z78YcAPEB")).inScenario("run")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(FakeApify.fixture("run-running.json")))
                .willSetStateTo("finished"));
        APIFY.server.stubFor(get(urlPathEqualTo("/v2/actor-runs/HG7ML7M8z78YcAPEB")).inScenario("run")
                .whenScenarioStateIs("finished").willReturn(okJson(FakeApify.fixture("run-succeeded.json"))));
        APIFY.server.stubFor(get(urlPathEqualTo("/v2/datasets/wmKPijuyDnPZAPRMk/items"))
                .willReturn(okJson(FakeApify.items("instagram-items.json", name, "90210", 2_500))));

        Reply linked = api.post("/api/v1/social-media/instagram/connect", Map.of("username", name), ada.accessToken());

        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.data().path("followersCount").asLong()).isEqualTo(2_500);
        APIFY.server.verify(1, postRequestedFor(urlPathEqualTo("/v2/acts/apify~instagram-profile-scraper/runs")));
        APIFY.server.verify(2, getRequestedFor(urlPathEqualTo("/v2/actor-runs/HG7ML7M8z78YcAPEB")));
        APIFY.server.verify(1, getRequestedFor(urlPathEqualTo("/v2/datasets/wmKPijuyDnPZAPRMk/items")));
    }

    @Test
    void an_unknown_profile_is_not_found_and_nothing_is_cached_or_linked() {
        String name = unique("ghost_");
        APIFY.server.stubFor(post(urlPathEqualTo(FakeApify.TT_SYNC)).willReturn(okJson("[]")));

        Reply lookup = api.get("/api/v1/social-media/tiktok/profile/" + name, ada.accessToken());
        Reply link = api.post("/api/v1/social-media/tiktok/connect-public", Map.of("username", name), ada.accessToken());

        assertThat(lookup.status()).as(lookup.toString()).isEqualTo(404);
        assertThat(link.status()).isEqualTo(404);
        assertThat(Sql.count("SELECT count(*) FROM scraped_profiles WHERE username = ?", name)).isZero();
        assertThat(Sql.count("SELECT count(*) FROM social_accounts WHERE user_id = ?", UUID.fromString(ada.userId())))
                .isZero();
    }

    @Test
    void provider_failures_map_to_clear_errors_and_write_nothing() {
        String limited = unique("busy_");
        String broken = unique("down_");
        APIFY.server.stubFor(post(urlPathEqualTo(FakeApify.IG_SYNC)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "30").withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"type\":\"rate-limit-exceeded\",\"message\":\"You have exceeded the rate limit\"}}")));
        APIFY.server.stubFor(post(urlPathEqualTo(FakeApify.TT_SYNC)).willReturn(aResponse().withStatus(502)));

        Reply slowDown = api.get("/api/v1/social-media/instagram/profile/" + limited, ada.accessToken());
        Reply down = api.post("/api/v1/social-media/tiktok/connect-public", Map.of("username", broken), ada.accessToken());

        assertThat(slowDown.status()).as(slowDown.toString()).isEqualTo(429);
        assertThat(slowDown.header("Retry-After")).isEqualTo("30");
        assertThat(down.status()).as(down.toString()).isEqualTo(503);
        assertThat(down.code()).isEqualTo("PROVIDER_UNAVAILABLE");
        assertThat(Sql.count("SELECT count(*) FROM scraped_profiles WHERE username IN (?, ?)", limited, broken)).isZero();
        assertThat(Sql.count("SELECT count(*) FROM social_accounts WHERE user_id = ?", UUID.fromString(ada.userId())))
                .isZero();
    }

    @Test
    void bad_usernames_in_the_path_are_rejected_before_any_call() {
        for (String path : new String[] {"/instagram/profile/.dot", "/instagram/profile/two..dots",
                "/tiktok/profile/a", "/tiktok/videos/end.", "/tiktok/profile/" + "x".repeat(25)}) {
            Reply r = api.get("/api/v1/social-media" + path, ada.accessToken());
            assertThat(r.status()).as(path + " " + r).isEqualTo(400);
            assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(APIFY.totalRequests()).isZero();
    }
}
