package io.ensemble.app.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.ensemble.app.support.FreePort;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A WireMock stand-in for Apify API v2 on a fixed free port (known before the app starts), replaying
 * dataset items shaped like the Instagram and TikTok profile scrapers' published output.
 */
final class FakeApify {
    static final String IG_SYNC = "/v2/acts/apify~instagram-profile-scraper/run-sync-get-dataset-items";
    static final String TT_SYNC = "/v2/acts/clockworks~tiktok-profile-scraper/run-sync-get-dataset-items";

    final int port = FreePort.find();
    final WireMockServer server = new WireMockServer(wireMockConfig().port(port));

    FakeApify() {
        server.start();
    }

    /** @return the base URL to give as {@code apify.apiBase} */
    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Serves {@code username}'s Instagram profile (a fresh provider id) with {@code followers} followers. */
    String instagram(String username, long followers) {
        String id = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        server.stubFor(post(urlPathEqualTo(IG_SYNC)).withRequestBody(containing("\"" + username + "\""))
                .willReturn(okJson(items("instagram-items.json", username, id, followers))));
        return id;
    }

    /** Serves {@code username}'s TikTok profile (a fresh provider id) with {@code followers} fans. */
    String tiktok(String username, long followers) {
        String id = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        server.stubFor(post(urlPathEqualTo(TT_SYNC)).withRequestBody(containing("\"" + username + "\""))
                .willReturn(okJson(items("tiktok-items.json", username, id, followers))));
        return id;
    }

    /** Serves the Instagram items of an already stubbed provider id, e.g. for a second user's attempt. */
    void instagramWithId(String username, String id, long followers) {
        server.stubFor(post(urlPathEqualTo(IG_SYNC)).withRequestBody(containing("\"" + username + "\""))
                .willReturn(okJson(items("instagram-items.json", username, id, followers))));
    }

    /** Answers 408 to the synchronous Instagram run for {@code username}. */
    void instagramSyncTimesOut(String username) {
        server.stubFor(post(urlPathEqualTo(IG_SYNC)).withRequestBody(containing("\"" + username + "\""))
                .willReturn(aResponse().withStatus(408).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"type\":\"run-timeout-exceeded\",\"message\":\"Actor run exceeded the timeout of 300 seconds for this API endpoint\"}}")));
    }

    /** @return how many synchronous runs were requested for {@code username} on {@code syncPath} */
    int runsFor(String syncPath, String username) {
        return server.countRequestsMatching(postRequestedFor(urlPathEqualTo(syncPath))
                .withRequestBody(containing("\"" + username + "\"")).build()).getCount();
    }

    /** @return every request WireMock received */
    int totalRequests() {
        return server.getAllServeEvents().size();
    }

    /** @return the resource text with its placeholders filled */
    static String items(String name, String username, String id, long followers) {
        return fixture(name).replace("{{username}}", username).replace("{{id}}", id)
                .replace("{{followers}}", Long.toString(followers));
    }

    static String fixture(String name) {
        try (InputStream in = FakeApify.class.getResourceAsStream("/apify/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
