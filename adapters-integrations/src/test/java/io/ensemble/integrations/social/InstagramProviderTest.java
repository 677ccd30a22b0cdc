package io.ensemble.integrations.social;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
 * Instagram API with Instagram Login contract (developers.facebook.com "Business Login for Instagram",
 * "Access Token", "Refresh Access Token", Graph API error codes), replayed by WireMock.
 */
class InstagramProviderTest extends ProviderContractBase {
    static final String SHORT = """
            {"data":[{"access_token":"IGQVJshort","user_id":"17841400000000000",
             "permissions":"instagram_business_basic"}]}""";
    static final String LONG = "{\"access_token\":\"IGQVJlong\",\"token_type\":\"bearer\",\"expires_in\":5183944}";
    static final String ME = """
            {"user_id":"17841400000000000","username":"glow.studio","name":"Glow Studio",
             "account_type":"BUSINESS","profile_picture_url":"https://scontent.cdninstagram.com/p.jpg",
             "followers_count":15925,"follows_count":310,"media_count":412,"id":"7302255986518391"}""";

    private final InstagramProvider provider = new InstagramProvider(settings(), CLOCK);

    @Override
    SocialProvider provider() {
        return provider;
    }

    @Override
    String unauthorizedBody() {
        return "{\"error\":{\"message\":\"Error validating access token: Session has expired.\","
                + "\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463,\"fbtrace_id\":\"AbC\"}}";
    }

    @Test
    void the_authorization_url_asks_for_instagram_business_basic() {
        URI url = provider.authorizationUrl("s", Optional.empty());
        assertThat(url.getPath()).isEqualTo("/oauth/authorize");
        assertThat(param(url, "client_id")).isEqualTo("client-1");
        assertThat(param(url, "scope")).isEqualTo("instagram_business_basic");
        assertThat(param(url, "response_type")).isEqualTo("code");
        assertThat(param(url, "state")).isEqualTo("s");
    }

    @Test
    void the_code_becomes_a_short_lived_then_a_60_day_long_lived_token() {
        wm.stubFor(post(urlPathEqualTo("/oauth/access_token")).willReturn(json(200, SHORT)));
        wm.stubFor(get(urlPathEqualTo("/access_token")).willReturn(json(200, LONG)));
        ProviderTokens t = provider.exchangeCode("code-1", Optional.empty());
        assertThat(t.accessToken()).isEqualTo("IGQVJlong");
        assertThat(t.refreshToken()).isEmpty();
        assertThat(t.expiresAt()).contains(NOW.plusSeconds(5_183_944));
        assertThat(t.scopes()).containsExactly("instagram_business_basic");
        wm.verify(postRequestedFor(urlPathEqualTo("/oauth/access_token"))
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=code-1")).withRequestBody(containing("client_secret=secret-1")));
        wm.verify(getRequestedFor(urlPathEqualTo("/access_token"))
                .withQueryParam("grant_type", equalTo("ig_exchange_token"))
                .withQueryParam("client_secret", equalTo("secret-1"))
                .withQueryParam("access_token", equalTo("IGQVJshort")));
    }

    @Test
    void a_refused_code_is_rejected() {
        wm.stubFor(post(urlPathEqualTo("/oauth/access_token")).willReturn(json(400,
                "{\"error_type\":\"OAuthException\",\"code\":400,\"error_message\":\"Invalid authorization code\"}")));
        assertThatThrownBy(() -> provider.exchangeCode("bad", Optional.empty()))
                .isInstanceOfSatisfying(ProviderRejected.class,
                        e -> assertThat(e.code()).isEqualTo(ProviderRejected.CODE_REJECTED));
    }

    @Test
    void the_long_lived_token_refreshes_itself() {
        wm.stubFor(get(urlPathEqualTo("/refresh_access_token")).withQueryParam("grant_type", equalTo("ig_refresh_token"))
                .withQueryParam("access_token", equalTo("IGQVJlong")).willReturn(json(200,
                        LONG.replace("IGQVJlong", "IGQVJrenewed"))));
        ProviderTokens old = new ProviderTokens("IGQVJlong", Optional.empty(), Optional.of(NOW),
                List.of("instagram_business_basic"));
        assertThat(provider.canRefresh(old)).isTrue();
        ProviderTokens t = provider.refresh(old);
        assertThat(t.accessToken()).isEqualTo("IGQVJrenewed");
        assertThat(t.expiresAt()).contains(NOW.plusSeconds(5_183_944));
    }

    @Test
    void a_revoked_token_cannot_be_refreshed() {
        wm.stubFor(get(urlPathEqualTo("/refresh_access_token")).willReturn(json(400, unauthorizedBody())));
        assertThatThrownBy(() -> provider.refresh(new ProviderTokens("x", Optional.empty(), Optional.empty(),
                List.of()))).isInstanceOf(GrantRevoked.class);
    }

    @Test
    void the_profile_gives_followers_follows_and_media_count() {
        wm.stubFor(get(urlPathEqualTo("/" + InstagramProvider.VERSION + "/me"))
                .withQueryParam("access_token", equalTo("IGQVJlong")).willReturn(json(200, ME)));
        ProfileAndStats p = provider.fetchProfileAndStats("IGQVJlong");
        assertThat(p.profile().providerAccountId()).isEqualTo("17841400000000000");
        assertThat(p.profile().username()).isEqualTo("glow.studio");
        assertThat(p.followers()).isEqualTo(15925);
        assertThat(p.following()).hasValue(310);
        assertThat(p.posts()).hasValue(412);
    }

    @Test
    void a_personal_account_gets_a_clear_error() {
        wm.stubFor(get(urlPathEqualTo("/" + InstagramProvider.VERSION + "/me"))
                .willReturn(json(200, ME.replace("BUSINESS", "PERSONAL"))));
        assertThatThrownBy(() -> provider.fetchProfileAndStats("t")).isInstanceOfSatisfying(ProviderRejected.class,
                e -> assertThat(e.code()).isEqualTo(ProviderRejected.ACCOUNT_NOT_SUPPORTED));
    }

    @Test
    void graph_throttling_codes_are_rate_limits() {
        wm.stubFor(get(urlPathEqualTo("/" + InstagramProvider.VERSION + "/me")).willReturn(json(400,
                "{\"error\":{\"message\":\"Application request limit reached\",\"type\":\"OAuthException\","
                        + "\"code\":4,\"fbtrace_id\":\"x\"}}")));
        assertThatThrownBy(() -> provider.fetchProfileAndStats("t")).isInstanceOf(RateLimited.class);
    }

    @Test
    void revoking_is_not_offered_so_it_answers_false_without_calling_the_provider() {
        assertRevocationNotOffered();
    }
}
