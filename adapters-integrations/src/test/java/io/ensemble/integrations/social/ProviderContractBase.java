package io.ensemble.integrations.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.UpstreamFailed;
import io.ensemble.social.GrantRevoked;
import io.ensemble.social.SocialProvider;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Failure cases every provider's profile read shares (issue 6 "Bad input and failure"): 401 → reconnect,
 * 429 with Retry-After, 5xx, malformed JSON and timeouts; each provider test adds its own success and
 * token cases with payloads shaped like its published docs.
 */
abstract class ProviderContractBase {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** The first request of a JVM to WireMock is slow on a busy machine; make it before any timed one. */
    @BeforeAll
    static void warmUp() throws Exception {
        java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                URI.create(wm.baseUrl() + "/__warm-up")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
    }

    /** @return settings pointing every base URL at WireMock, with a 3 s timeout */
    static OAuthClientSettings settings() {
        URI base = URI.create(wm.baseUrl());
        return new OAuthClientSettings("client-1", "secret-1", "https://app.example.com/cb", base, base, base,
                Duration.ofMillis(3_000));
    }

    /** @return the provider under test */
    abstract SocialProvider provider();

    /** The stubbed answer of the profile read(s), here any URL. */
    void stubProfile(ResponseDefinitionBuilder answer) {
        wm.stubFor(any(anyUrl()).willReturn(answer));
    }

    /** @return the 401 body in the provider's documented error shape */
    abstract String unauthorizedBody();

    @Test
    void an_unauthorized_profile_read_means_the_grant_is_revoked() {
        stubProfile(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody(unauthorizedBody()));
        assertThatThrownBy(() -> provider().fetchProfileAndStats("tok")).isInstanceOf(GrantRevoked.class);
    }

    @Test
    void a_429_is_rate_limited_with_the_retry_after_seconds() {
        stubProfile(aResponse().withStatus(429).withHeader("Retry-After", "42")
                .withHeader("Content-Type", "application/json").withBody("{}"));
        assertThatThrownBy(() -> provider().fetchProfileAndStats("tok")).isInstanceOfSatisfying(RateLimited.class,
                e -> assertThat(e.retryAfterSeconds()).isEqualTo(42));
    }

    @Test
    void a_5xx_is_provider_unavailable() {
        stubProfile(aResponse().withStatus(503).withBody("<html>down</html>"));
        assertThatThrownBy(() -> provider().fetchProfileAndStats("tok")).isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void malformed_json_is_an_upstream_failure() {
        stubProfile(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"data\": [tru"));
        assertThatThrownBy(() -> provider().fetchProfileAndStats("tok")).isInstanceOfSatisfying(UpstreamFailed.class,
                e -> assertThat(e.code()).isEqualTo("UPSTREAM_FAILED"));
    }

    @Test
    void json_without_the_documented_fields_is_an_upstream_failure() {
        stubProfile(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"x\":1}"));
        assertThatThrownBy(() -> provider().fetchProfileAndStats("tok")).isInstanceOf(UpstreamFailed.class);
    }

    @Test
    void a_slow_answer_times_out() {
        stubProfile(aResponse().withStatus(200).withFixedDelay(6_000).withBody("{}"));
        assertThatThrownBy(() -> provider().fetchProfileAndStats("tok")).isInstanceOfSatisfying(UpstreamFailed.class,
                e -> assertThat(e.code()).isEqualTo("UPSTREAM_TIMEOUT"));
    }

    /** @return a JSON answer */
    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** @return the query parameter {@code name} of {@code uri}, URL-decoded */
    static String param(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** For a provider whose API has no revocation: {@code revoke} answers false and sends no request. */
    void assertRevocationNotOffered() {
        io.ensemble.social.ProviderTokens tokens = new io.ensemble.social.ProviderTokens("token-1",
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.List.of());
        assertThat(provider().revoke(tokens)).isFalse();
        wm.verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
    }
}
