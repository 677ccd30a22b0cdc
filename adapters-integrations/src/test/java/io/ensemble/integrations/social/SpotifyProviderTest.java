package io.ensemble.integrations.social;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.social.GrantRevoked;
import io.ensemble.social.ProfileAndStats;
import io.ensemble.social.ProviderRejected;
import io.ensemble.social.ProviderTokens;
import io.ensemble.social.SocialProvider;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Spotify authorization code with PKCE + Web API /v1/me contract, replayed by WireMock. */
class SpotifyProviderTest extends ProviderContractBase {
    static final String TOKEN = """
            {"access_token":"BQDspotify","token_type":"Bearer","scope":"user-read-private user-read-email",
             "expires_in":3600,"refresh_token":"AQDrefresh"}""";
    static final String ME = """
            {"country":"US","display_name":"DJ Glow","email":"dj@example.com",
             "external_urls":{"spotify":"https://open.spotify.com/user/djglow"},
             "followers":{"href":null,"total":321},"href":"https://api.spotify.com/v1/users/djglow","id":"djglow",
             "images":[{"url":"https://i.scdn.co/image/ab67.jpg","height":300,"width":300}],
             "product":"premium","type":"user","uri":"spotify:user:djglow"}""";

    private final SpotifyProvider provider = new SpotifyProvider(settings(), CLOCK);

    @Override
    SocialProvider provider() {
        return provider;
    }

    @Override
    String unauthorizedBody() {
        return "{\"error\":{\"status\":401,\"message\":\"The access token expired\"}}";
    }

    @Test
    void the_authorization_url_carries_the_s256_challenge() {
        URI url = provider.authorizationUrl("s", Optional.of("chal"));
        assertThat(url.getPath()).isEqualTo("/authorize");
        assertThat(param(url, "code_challenge_method")).isEqualTo("S256");
        assertThat(param(url, "code_challenge")).isEqualTo("chal");
        assertThat(param(url, "scope")).isEqualTo("user-read-private user-read-email");
    }

    @Test
    void the_code_is_exchanged_with_basic_client_auth_and_the_verifier() {
        wm.stubFor(post(urlPathEqualTo("/api/token")).willReturn(json(200, TOKEN)));
        ProviderTokens t = provider.exchangeCode("AQcode", Optional.of("ver"));
        assertThat(t.accessToken()).isEqualTo("BQDspotify");
        assertThat(t.scopes()).containsExactly("user-read-private", "user-read-email");
        wm.verify(postRequestedFor(urlPathEqualTo("/api/token"))
                .withHeader("Authorization", equalTo("Basic Y2xpZW50LTE6c2VjcmV0LTE="))
                .withRequestBody(containing("code_verifier=ver")).withRequestBody(containing("code=AQcode")));
    }

    @Test
    void refusals_map_to_rejected_code_and_revoked_refresh() {
        wm.stubFor(post(urlPathEqualTo("/api/token")).willReturn(json(400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid authorization code\"}")));
        assertThatThrownBy(() -> provider.exchangeCode("c", Optional.of("v"))).isInstanceOf(ProviderRejected.class);
        assertThatThrownBy(() -> provider.refresh(new ProviderTokens("a", Optional.of("r"), Optional.empty(),
                List.of()))).isInstanceOf(GrantRevoked.class);
    }

    @Test
    void a_refresh_keeps_the_refresh_token_when_none_is_returned() {
        wm.stubFor(post(urlPathEqualTo("/api/token")).willReturn(json(200,
                "{\"access_token\":\"BQDnew\",\"token_type\":\"Bearer\",\"scope\":\"user-read-private\","
                        + "\"expires_in\":3600}")));
        ProviderTokens t = provider.refresh(new ProviderTokens("a", Optional.of("AQDrefresh"), Optional.empty(),
                List.of()));
        assertThat(t.refreshToken()).contains("AQDrefresh");
    }

    @Test
    void me_gives_the_follower_total() {
        wm.stubFor(get(urlPathEqualTo("/v1/me")).withHeader("Authorization", equalTo("Bearer BQD"))
                .willReturn(json(200, ME)));
        ProfileAndStats p = provider.fetchProfileAndStats("BQD");
        assertThat(p.profile().providerAccountId()).isEqualTo("djglow");
        assertThat(p.profile().displayName()).contains("DJ Glow");
        assertThat(p.followers()).isEqualTo(321);
    }

    @Test
    void revoking_is_not_offered_so_it_answers_false_without_calling_the_provider() {
        assertRevocationNotOffered();
    }
}
