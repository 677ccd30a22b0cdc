package io.ensemble.integrations.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.errors.ProviderNotConfigured;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.social.GrantRevoked;
import io.ensemble.social.Platform;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The breaker around a provider: outages open it, answers like 401 do not; unconfigured platforms answer 503. */
class CircuitBreakingSocialProviderTest extends ProviderContractBase {
    /** Long enough that a slow machine cannot let the circuit half-open between the checks below. */
    private static final Duration OPEN_FOR = Duration.ofSeconds(1);
    private final CircuitBreakingSocialProvider guarded = new CircuitBreakingSocialProvider(
            new SpotifyProvider(settings(), CLOCK), 50, 4, OPEN_FOR);

    @Override
    io.ensemble.social.SocialProvider provider() {
        return guarded;
    }

    @Override
    String unauthorizedBody() {
        return "{\"error\":{\"status\":401,\"message\":\"Invalid access token\"}}";
    }

    @Test
    void repeated_outages_open_the_circuit_so_calls_fail_fast_without_reaching_the_provider() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(aResponse().withStatus(502)));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> guarded.fetchProfileAndStats("t")).isInstanceOf(ProviderUnavailable.class);
        }
        assertThat(guarded.state()).isEqualTo("OPEN");
        assertThatThrownBy(() -> guarded.fetchProfileAndStats("t")).isInstanceOf(ProviderUnavailable.class)
                .hasMessageContaining("stopped calling");
        assertThatThrownBy(() -> guarded.authorizationUrl("s", Optional.empty()))
                .isInstanceOf(ProviderUnavailable.class);
        wm.verify(4, getRequestedFor(urlPathEqualTo("/v1/me")));

        Thread.sleep(OPEN_FOR.toMillis() + 100);
        wm.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(json(200, SpotifyProviderTest.ME)));
        assertThat(guarded.fetchProfileAndStats("t").followers()).isEqualTo(321);
        assertThat(guarded.state()).isEqualTo("CLOSED");
    }

    @Test
    void revoked_grants_are_answers_and_do_not_open_the_circuit() {
        wm.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(json(401, unauthorizedBody())));
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> guarded.fetchProfileAndStats("t")).isInstanceOf(GrantRevoked.class);
        }
        assertThat(guarded.state()).isEqualTo("CLOSED");
    }

    @Test
    void an_unconfigured_platform_names_the_variables_to_set() {
        var none = SocialOAuthFactory.unconfigured(Platform.TWITCH);
        assertThatThrownBy(() -> none.authorizationUrl("s", Optional.empty()))
                .isInstanceOfSatisfying(ProviderNotConfigured.class, e -> {
                    assertThat(e.code()).isEqualTo("PROVIDER_NOT_CONFIGURED");
                    assertThat(e.getMessage()).contains("TWITCH_CLIENT_ID").contains("TWITCH_CLIENT_SECRET");
                });
    }
}
