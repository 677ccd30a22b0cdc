package io.ensemble.integrations.social;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.errors.RateLimited;
import io.ensemble.social.GrantRevoked;
import io.ensemble.social.ProfileAndStats;
import io.ensemble.social.ProviderRejected;
import io.ensemble.social.ProviderTokens;
import io.ensemble.social.SocialProvider;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Google OAuth 2.0 for web server apps + YouTube Data API v3 channels.list contract, replayed by WireMock.
 */
class YouTubeProviderTest extends ProviderContractBase {
    static final String TOKEN = """
            {"access_token":"ya29.a0AfH6","expires_in":3599,"refresh_token":"1//0gRefresh",
             "scope":"https://www.googleapis.com/auth/youtube.readonly","token_type":"Bearer"}""";
    static final String CHANNELS = """
            {"kind":"youtube#channelListResponse","etag":"x","pageInfo":{"totalResults":1,"resultsPerPage":5},
             "items":[{"kind":"youtube#channel","etag":"y","id":"UC_x5XG1OV2P6uZZ5FSM9Ttw",
               "snippet":{"title":"Glow Studio","description":"","customUrl":"@glowstudio",
                 "thumbnails":{"default":{"url":"https://yt3.ggpht.com/a.jpg","width":88,"height":88}}},
               "statistics":{"viewCount":"123456","subscriberCount":"2300","hiddenSubscriberCount":false,
                 "videoCount":"87"}}]}""";

    private final YouTubeProvider provider = new YouTubeProvider(settings(), CLOCK);

    @Override
    SocialProvider provider() {
        return provider;
    }

    @Override
    String unauthorizedBody() {
        return "{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication credentials.\","
                + "\"errors\":[{\"message\":\"Invalid Credentials\",\"domain\":\"global\",\"reason\":\"authError\"}],"
                + "\"status\":\"UNAUTHENTICATED\"}}";
    }

    @Test
    void the_authorization_url_asks_for_offline_youtube_readonly_with_pkce() {
        URI url = provider.authorizationUrl("s", Optional.of("chal"));
        assertThat(url.getPath()).isEqualTo("/o/oauth2/v2/auth");
        assertThat(param(url, "scope")).isEqualTo("https://www.googleapis.com/auth/youtube.readonly");
        assertThat(param(url, "access_type")).isEqualTo("offline");
        assertThat(param(url, "code_challenge")).isEqualTo("chal");
        assertThat(param(url, "code_challenge_method")).isEqualTo("S256");
        assertThat(provider.usesPkce()).isTrue();
    }

    @Test
    void the_code_is_exchanged_with_the_pkce_verifier() {
        wm.stubFor(post(urlPathEqualTo("/token")).willReturn(json(200, TOKEN)));
        ProviderTokens t = provider.exchangeCode("4/0Acode", Optional.of("verifier-xyz"));
        assertThat(t.refreshToken()).contains("1//0gRefresh");
        assertThat(t.expiresAt()).contains(NOW.plusSeconds(3599));
        wm.verify(postRequestedFor(urlPathEqualTo("/token")).withRequestBody(containing("code_verifier=verifier-xyz"))
                .withRequestBody(containing("grant_type=authorization_code")));
    }

    @Test
    void invalid_grant_on_exchange_is_rejected_and_on_refresh_is_revoked() {
        wm.stubFor(post(urlPathEqualTo("/token")).willReturn(json(400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Bad Request\"}")));
        assertThatThrownBy(() -> provider.exchangeCode("c", Optional.of("v")))
                .isInstanceOfSatisfying(ProviderRejected.class,
                        e -> assertThat(e.code()).isEqualTo(ProviderRejected.CODE_REJECTED));
        assertThatThrownBy(() -> provider.refresh(new ProviderTokens("a", Optional.of("r"), Optional.empty(),
                List.of()))).isInstanceOf(GrantRevoked.class);
    }

    @Test
    void a_refresh_without_a_new_refresh_token_keeps_the_current_one() {
        wm.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(json(200, "{\"access_token\":\"ya29.new\",\"expires_in\":3599,"
                        + "\"scope\":\"https://www.googleapis.com/auth/youtube.readonly\",\"token_type\":\"Bearer\"}")));
        ProviderTokens t = provider.refresh(new ProviderTokens("ya29.old", Optional.of("1//0gRefresh"),
                Optional.empty(), List.of()));
        assertThat(t.accessToken()).isEqualTo("ya29.new");
        assertThat(t.refreshToken()).contains("1//0gRefresh");
    }

    @Test
    void channels_mine_gives_subscribers_and_videos_from_string_counts() {
        wm.stubFor(get(urlPathEqualTo("/youtube/v3/channels")).withQueryParam("mine", equalTo("true"))
                .withQueryParam("part", equalTo("snippet,statistics"))
                .withHeader("Authorization", equalTo("Bearer ya29.x")).willReturn(json(200, CHANNELS)));
        ProfileAndStats p = provider.fetchProfileAndStats("ya29.x");
        assertThat(p.profile().providerAccountId()).isEqualTo("UC_x5XG1OV2P6uZZ5FSM9Ttw");
        assertThat(p.profile().username()).isEqualTo("glowstudio");
        assertThat(p.followers()).isEqualTo(2300);
        assertThat(p.posts()).hasValue(87);
        assertThat(p.following()).isEmpty();
    }

    @Test
    void an_account_without_a_channel_gets_a_clear_error() {
        wm.stubFor(get(urlPathEqualTo("/youtube/v3/channels")).willReturn(json(200,
                "{\"kind\":\"youtube#channelListResponse\",\"pageInfo\":{\"totalResults\":0,\"resultsPerPage\":5}}")));
        assertThatThrownBy(() -> provider.fetchProfileAndStats("t")).isInstanceOfSatisfying(ProviderRejected.class,
                e -> assertThat(e.code()).isEqualTo(ProviderRejected.ACCOUNT_NOT_SUPPORTED));
    }

    @Test
    void quota_exceeded_is_a_rate_limit() {
        wm.stubFor(get(urlPathEqualTo("/youtube/v3/channels")).willReturn(json(403,
                "{\"error\":{\"code\":403,\"message\":\"quota\",\"errors\":[{\"message\":\"quota\",\"domain\":"
                        + "\"youtube.quota\",\"reason\":\"quotaExceeded\"}]}}")));
        assertThatThrownBy(() -> provider.fetchProfileAndStats("t")).isInstanceOf(RateLimited.class);
    }

    @Test
    void revoking_posts_the_refresh_token_to_google_and_treats_invalid_token_as_revoked() {
        ProviderTokens tokens = new ProviderTokens("ya29.a0AfH6SM", Optional.of("1//0gRefresh"), Optional.empty(),
                List.of(YouTubeProvider.SCOPE));
        wm.stubFor(post(urlPathEqualTo("/revoke")).willReturn(json(200, "{}")));
        assertThat(provider.revoke(tokens)).isTrue();
        wm.verify(postRequestedFor(urlPathEqualTo("/revoke"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("token=1%2F%2F0gRefresh")));

        wm.stubFor(post(urlPathEqualTo("/revoke")).willReturn(com.github.tomakehurst.wiremock.client.WireMock.ok()));
        ProviderTokens accessOnly = new ProviderTokens("ya29.a0AfH6SM", Optional.empty(), Optional.empty(), List.of());
        assertThat(provider.revoke(accessOnly)).isTrue();
        wm.verify(postRequestedFor(urlPathEqualTo("/revoke")).withRequestBody(equalTo("token=ya29.a0AfH6SM")));

        wm.stubFor(post(urlPathEqualTo("/revoke")).willReturn(json(400,
                "{\"error\":\"invalid_token\",\"error_description\":\"Token expired or revoked\"}")));
        assertThat(provider.revoke(tokens)).isTrue();

        wm.stubFor(post(urlPathEqualTo("/revoke")).willReturn(json(400,
                "{\"error\":\"invalid_request\",\"error_description\":\"Bad Request\"}")));
        assertThatThrownBy(() -> provider.revoke(tokens))
                .isInstanceOf(io.ensemble.shared.errors.UpstreamFailed.class);

        wm.stubFor(post(urlPathEqualTo("/revoke")).willReturn(json(503, "{}")));
        assertThatThrownBy(() -> provider.revoke(tokens))
                .isInstanceOf(io.ensemble.shared.errors.ProviderUnavailable.class);
    }
}
