package io.ensemble.integrations.scraping;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.dropwizard.jackson.Jackson;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ProviderNotConfigured;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.UpstreamFailed;
import io.ensemble.social.Platform;
import io.ensemble.social.ScrapedPost;
import io.ensemble.social.ScrapedProfile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Contract of the Apify adapter against WireMock, replaying Apify API v2 and actor dataset shapes. */
class ApifyProfileScraperTest {
    private static final String IG_SYNC = "/v2/acts/apify~instagram-profile-scraper/run-sync-get-dataset-items";
    private static final String TT_SYNC = "/v2/acts/clockworks~tiktok-profile-scraper/run-sync-get-dataset-items";

    @RegisterExtension
    static WireMockExtension apify = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private ApifyProfileScraper scraper(Duration syncTimeout, Duration asyncMaxWait) {
        ApifySettings settings = new ApifySettings(URI.create(apify.baseUrl()), "apify_api_test_token",
                "apify/instagram-profile-scraper", "clockworks~tiktok-profile-scraper", syncTimeout, asyncMaxWait,
                Duration.ofMillis(10), 12);
        return new ApifyProfileScraper(new ApifyClient(settings, Jackson.newObjectMapper()), settings);
    }

    private ApifyProfileScraper scraper() {
        return scraper(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void scrapes_an_instagram_profile_with_the_official_actor_input_and_maps_its_item() {
        apify.stubFor(post(urlPathEqualTo(IG_SYNC)).willReturn(okJson(fixture("instagram-profile-items.json"))));

        ScrapedProfile p = scraper().scrape(Platform.INSTAGRAM, "glowstudio");

        assertThat(p.providerAccountId()).isEqualTo("6622284809");
        assertThat(p.displayName()).isEqualTo("Glow Studio");
        assertThat(p.avatarUrl()).endsWith("s320x320/glow.jpg");
        assertThat(p.followers()).isEqualTo(12000);
        assertThat(p.following()).isEqualTo(310);
        assertThat(p.posts()).isEqualTo(412);
        assertThat(p.recentPosts()).extracting(ScrapedPost::id).containsExactly("C9xYzAbCdEf", "C9wAbCdEfGh");
        assertThat(p.recentPosts().get(0).postedAt()).contains(Instant.parse("2026-11-20T18:12:03Z"));
        assertThat(p.recentPosts().get(1).views()).isEqualTo(9100);
        // (560+40 + 380+20) / 2 = 500 per post over 12,000 followers
        assertThat(p.engagementRate()).isEqualTo(4.17);
        apify.verify(postRequestedFor(urlPathEqualTo(IG_SYNC))
                .withHeader("Authorization", equalTo("Bearer apify_api_test_token"))
                .withQueryParam("format", equalTo("json"))
                .withRequestBody(equalToJson("{\"usernames\":[\"glowstudio\"]}")));
    }

    @Test
    void scrapes_a_tiktok_profile_from_its_video_items() {
        apify.stubFor(post(urlPathEqualTo(TT_SYNC)).willReturn(okJson(fixture("tiktok-profile-items.json"))));

        ScrapedProfile p = scraper().scrape(Platform.TIKTOK, "glow.studio");

        assertThat(p.providerAccountId()).isEqualTo("6812345678901234567");
        assertThat(p.displayName()).isEqualTo("Glow Studio");
        assertThat(p.followers()).isEqualTo(48000);
        assertThat(p.following()).isEqualTo(85);
        assertThat(p.posts()).isEqualTo(230);
        assertThat(p.recentPosts()).hasSize(2);
        assertThat(p.recentPosts().get(0).views()).isEqualTo(52000);
        assertThat(p.recentPosts().get(0).shares()).isEqualTo(120);
        assertThat(p.recentPosts().get(0).url()).endsWith("/video/7439182736451827364");
        // (2600+200 + 1400+100) / 2 = 2150 per video over 48,000 fans
        assertThat(p.engagementRate()).isEqualTo(4.48);
        apify.verify(postRequestedFor(urlPathEqualTo(TT_SYNC)).withRequestBody(equalToJson(
                "{\"profiles\":[\"glow.studio\"],\"resultsPerPage\":12,\"profileSorting\":\"latest\"}", true, true)));
    }

    @Test
    void an_error_item_or_an_empty_dataset_is_not_found() {
        apify.stubFor(post(urlPathEqualTo(IG_SYNC)).willReturn(okJson(fixture("instagram-not-found-items.json"))));
        apify.stubFor(post(urlPathEqualTo(TT_SYNC)).willReturn(okJson("[]")));

        assertThatThrownBy(() -> scraper().scrape(Platform.INSTAGRAM, "nobody.here")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> scraper().scrape(Platform.TIKTOK, "nobody.here")).isInstanceOf(NotFound.class);
    }

    @Test
    void a_408_continues_with_an_asynchronous_run_polled_until_it_succeeds() {
        apify.stubFor(post(urlPathEqualTo(IG_SYNC)).willReturn(aResponse().withStatus(408)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"type\":\"run-timeout-exceeded\",\"message\":\"Actor run exceeded the timeout of 300 seconds for this API endpoint\"}}")));
        apify.stubFor(post(urlPathEqualTo("/v2/acts/apify~instagram-profile-scraper/runs"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(fixture("run-running.json"))));
        apify.stubFor(get(urlPathEqualTo("/v2/actor-runs/HG7ML7M8z78YcAPEB")).inScenario("poll")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(fixture("run-running.json")))
                .willSetStateTo("done"));
        apify.stubFor(get(urlPathEqualTo("/v2/actor-runs/HG7ML7M8z78YcAPEB")).inScenario("poll")
                .whenScenarioStateIs("done").willReturn(okJson(fixture("run-succeeded.json"))));
        apify.stubFor(get(urlPathEqualTo("/v2/datasets/wmKPijuyDnPZAPRMk/items"))
                .willReturn(okJson(fixture("instagram-profile-items.json"))));

        ScrapedProfile p = scraper().scrape(Platform.INSTAGRAM, "glowstudio");

        assertThat(p.followers()).isEqualTo(12000);
        apify.verify(postRequestedFor(urlPathEqualTo("/v2/acts/apify~instagram-profile-scraper/runs"))
                .withRequestBody(equalToJson("{\"usernames\":[\"glowstudio\"]}")));
        apify.verify(2, getRequestedFor(urlPathEqualTo("/v2/actor-runs/HG7ML7M8z78YcAPEB"))
                .withQueryParam("waitForFinish", com.github.tomakehurst.wiremock.client.WireMock.matching("[1-9][0-9]*")));
        apify.verify(getRequestedFor(urlPathEqualTo("/v2/datasets/wmKPijuyDnPZAPRMk/items")));
    }

    @Test
    void a_failed_asynchronous_run_is_an_upstream_failure() {
        apify.stubFor(post(urlPathEqualTo(IG_SYNC)).willReturn(aResponse().withStatus(408)));
        apify.stubFor(post(urlPathEqualTo("/v2/acts/apify~instagram-profile-scraper/runs"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(fixture("run-failed.json"))));

        assertThatThrownBy(() -> scraper().scrape(Platform.INSTAGRAM, "glowstudio"))
                .isInstanceOf(UpstreamFailed.class).hasMessageContaining("FAILED");
    }

    @Test
    void an_asynchronous_run_that_never_finishes_gives_up_after_the_wait_budget() {
        apify.stubFor(post(urlPathEqualTo(IG_SYNC)).willReturn(aResponse().withStatus(408)));
        apify.stubFor(post(urlPathEqualTo("/v2/acts/apify~instagram-profile-scraper/runs"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(fixture("run-running.json"))));
        apify.stubFor(get(urlPathEqualTo("/v2/actor-runs/HG7ML7M8z78YcAPEB"))
                .willReturn(okJson(fixture("run-running.json")).withFixedDelay(300)));

        assertThatThrownBy(() -> scraper(Duration.ofSeconds(5), Duration.ofSeconds(1)).scrape(Platform.INSTAGRAM, "x"))
                .isInstanceOf(ProviderUnavailable.class).hasMessageContaining("still going");
    }

    @Test
    void payment_required_is_provider_unavailable() {
        apify.stubFor(post(urlPathEqualTo(IG_SYNC)).willReturn(aResponse().withStatus(402)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"type\":\"not-enough-usage-to-run-paid-actor\",\"message\":\"You do not have enough usage\"}}")));

        assertThatThrownBy(() -> scraper().scrape(Platform.INSTAGRAM, "glowstudio"))
                .isInstanceOf(ProviderUnavailable.class).hasMessageContaining("credit")
                .isNotInstanceOf(ProviderNotConfigured.class);
    }

    @Test
    void too_many_requests_is_rate_limited_with_apifys_retry_after() {
        apify.stubFor(post(urlPathEqualTo(IG_SYNC)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "17")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"type\":\"rate-limit-exceeded\",\"message\":\"You have exceeded the rate limit\"}}")));

        assertThatThrownBy(() -> scraper().scrape(Platform.INSTAGRAM, "glowstudio"))
                .isInstanceOfSatisfying(RateLimited.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(17));
    }

    @Test
    void server_errors_and_a_rejected_token_are_provider_unavailable() {
        apify.stubFor(post(urlPathEqualTo(IG_SYNC)).willReturn(aResponse().withStatus(503)));
        apify.stubFor(post(urlPathEqualTo(TT_SYNC)).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"type\":\"token-not-valid\",\"message\":\"Authentication token is not valid.\"}}")));

        assertThatThrownBy(() -> scraper().scrape(Platform.INSTAGRAM, "glowstudio"))
                .isInstanceOf(ProviderUnavailable.class).hasMessageContaining("503");
        assertThatThrownBy(() -> scraper().scrape(Platform.TIKTOK, "glowstudio"))
                .isInstanceOf(ProviderUnavailable.class).hasMessageContaining("APIFY_TOKEN");
    }

    @Test
    void a_slow_answer_times_out_as_provider_unavailable() {
        apify.stubFor(post(urlPathEqualTo(IG_SYNC)).willReturn(okJson("[]").withFixedDelay(2_000)));

        assertThatThrownBy(() -> scraper(Duration.ofMillis(300), Duration.ZERO).scrape(Platform.INSTAGRAM, "glowstudio"))
                .isInstanceOf(ProviderUnavailable.class).hasMessageContaining("in time");
    }

    @Test
    void malformed_json_or_a_non_array_is_an_upstream_failure() {
        apify.stubFor(post(urlPathEqualTo(IG_SYNC)).willReturn(okJson("[{\"username\": \"glow")));
        apify.stubFor(post(urlPathEqualTo(TT_SYNC)).willReturn(okJson("{\"data\": {}}")));

        assertThatThrownBy(() -> scraper().scrape(Platform.INSTAGRAM, "glowstudio"))
                .isInstanceOf(UpstreamFailed.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> scraper().scrape(Platform.TIKTOK, "glowstudio"))
                .isInstanceOf(UpstreamFailed.class).hasMessageContaining("not a JSON array");
    }

    @Test
    void without_a_token_the_factory_builds_a_scraper_that_names_apify_token() {
        ApifyScraperFactory factory = new ApifyScraperFactory();

        assertThat(factory.isConfigured()).isFalse();
        assertThatThrownBy(() -> factory.build(Jackson.newObjectMapper()).scrape(Platform.INSTAGRAM, "glowstudio"))
                .isInstanceOfSatisfying(ProviderNotConfigured.class, e -> {
                    assertThat(e.code()).isEqualTo("PROVIDER_NOT_CONFIGURED");
                    assertThat(e.getMessage()).contains("APIFY_TOKEN");
                });
        assertThat(apify.getAllServeEvents()).isEmpty();
        factory.setToken("t");
        assertThat(factory.build(Jackson.newObjectMapper())).isInstanceOf(CircuitBreakingProfileScraper.class);
        assertThat(factory.toString()).doesNotContain("t]").contains("configured=true");
        assertThat(Optional.of(factory.settings().toString())).hasValueSatisfying(s -> assertThat(s).doesNotContain("token"));
    }

    private static String fixture(String name) {
        try (InputStream in = ApifyProfileScraperTest.class.getResourceAsStream("/apify/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
