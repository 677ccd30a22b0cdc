package io.ensemble.integrations.scraping;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dropwizard.jackson.Jackson;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.social.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The breaker around the Apify scraper: an outage opens one platform's circuit; unknown profiles do not. */
class CircuitBreakingProfileScraperTest {
    private static final String IG_SYNC = "/v2/acts/apify~instagram-profile-scraper/run-sync-get-dataset-items";
    private static final String TT_SYNC = "/v2/acts/clockworks~tiktok-profile-scraper/run-sync-get-dataset-items";

    @RegisterExtension
    static WireMockExtension apify = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final CircuitBreakingProfileScraper guarded = new CircuitBreakingProfileScraper(scraper(), 50, 4,
            Duration.ofMillis(300));

    @Test
    void repeated_outages_open_the_platform_circuit_so_calls_fail_without_reaching_apify() throws Exception {
        apify.stubFor(post(urlPathEqualTo(IG_SYNC)).willReturn(aResponse().withStatus(502)));
        apify.stubFor(post(urlPathEqualTo(TT_SYNC)).willReturn(okJson(fixture("tiktok-profile-items.json"))));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> guarded.scrape(Platform.INSTAGRAM, "glowstudio"))
                    .isInstanceOf(ProviderUnavailable.class);
        }

        assertThat(guarded.state(Platform.INSTAGRAM)).isEqualTo("OPEN");
        assertThatThrownBy(() -> guarded.scrape(Platform.INSTAGRAM, "glowstudio"))
                .isInstanceOf(ProviderUnavailable.class).hasMessageContaining("stopped calling");
        apify.verify(4, postRequestedFor(urlPathEqualTo(IG_SYNC)));
        assertThat(guarded.scrape(Platform.TIKTOK, "glow.studio").followers()).isEqualTo(48000); // other circuit

        Thread.sleep(400);
        apify.stubFor(post(urlPathEqualTo(IG_SYNC)).willReturn(okJson(fixture("instagram-profile-items.json"))));
        assertThat(guarded.scrape(Platform.INSTAGRAM, "glowstudio").followers()).isEqualTo(12000);
        assertThat(guarded.state(Platform.INSTAGRAM)).isEqualTo("CLOSED");
    }

    @Test
    void unknown_profiles_are_answers_and_do_not_open_the_circuit() {
        apify.stubFor(post(urlPathEqualTo(IG_SYNC)).willReturn(okJson("[]")));
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> guarded.scrape(Platform.INSTAGRAM, "nobody_here")).isInstanceOf(NotFound.class);
        }
        assertThat(guarded.state(Platform.INSTAGRAM)).isEqualTo("CLOSED");
    }

    private static ApifyProfileScraper scraper() {
        ApifySettings settings = new ApifySettings(URI.create(apify.baseUrl()), "apify_api_test_token",
                "apify/instagram-profile-scraper", "clockworks~tiktok-profile-scraper", Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofMillis(10), 12);
        return new ApifyProfileScraper(new ApifyClient(settings, Jackson.newObjectMapper()), settings);
    }

    private static String fixture(String name) {
        try (InputStream in = CircuitBreakingProfileScraperTest.class.getResourceAsStream("/apify/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
