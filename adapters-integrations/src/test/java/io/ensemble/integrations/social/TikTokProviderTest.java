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

/**
 * TikTok Login Kit v2 contract (developers.tiktok.com "Manage User Access Tokens", "Refresh a User Access
 * Token", "Get User Info", "OAuth Error Handling"), replayed by WireMock.
 */
class TikTokProviderTest extends ProviderContractBase {
    static final String TOKEN = """
            {"access_token":"act.example12345","expires_in":86400,"open_id":"723f24d7-e717-40f8-a2b6-cb8464cd23b4",
             "refresh_expires_in":31536000,"refresh_token":"rft.example12345",
             "scope":"user.info.basic,user.info.profile,user.info.stats","token_type":"Bearer"}""";
    static final String USER = """
            {"data":{"user":{"open_id":"723f24d7-e717-40f8-a2b6-cb8464cd23b4","union_id":"c9c60f44-a68e-4f5d",
             "avatar_url":"https://p19-sign.tiktokcdn-us.com/avatar.jpeg","display_name":"Tik Toker",
             "username":"tiktoker","follower_count":1500,"following_count":12,"likes_count":9000,"video_count":33}},
             "error":{"code":"ok","message":"","log_id":"20220829194722CBE87ED59D524E727021"}}""";

    private final TikTokProvider provider = new TikTokProvider(settings(), CLOCK);

    @Override
    SocialProvider provider() {
        return provider;
    }

    @Override
    String unauthorizedBody() {
        return "{\"data\":{},\"error\":{\"code\":\"access_token_invalid\",\"message\":\"The access token is invalid "
                + "or not found in the request.\",\"log_id\":\"202206221854370101130062072500FFA2\"}}";
    }

    @Test
    void the_authorization_url_is_the_v2_authorize_page_with_client_key_scopes_and_state() {
        URI url = provider.authorizationUrl("st4te", Optional.empty());
        assertThat(url.getPath()).isEqualTo("/v2/auth/authorize/");
        assertThat(param(url, "client_key")).isEqualTo("client-1");
        assertThat(param(url, "scope")).isEqualTo("user.info.basic,user.info.profile,user.info.stats");
        assertThat(param(url, "response_type")).isEqualTo("code");
        assertThat(param(url, "redirect_uri")).isEqualTo("https://app.example.com/cb");
        assertThat(param(url, "state")).isEqualTo("st4te");
        assertThat(provider.usesPkce()).isFalse();
    }

    @Test
    void the_code_is_exchanged_form_encoded_and_the_expiry_comes_from_expires_in() {
        wm.stubFor(post(urlPathEqualTo("/v2/oauth/token/")).willReturn(json(200, TOKEN)));
        ProviderTokens t = provider.exchangeCode("the-code", Optional.empty());
        assertThat(t.accessToken()).isEqualTo("act.example12345");
        assertThat(t.refreshToken()).contains("rft.example12345");
        assertThat(t.expiresAt()).contains(NOW.plusSeconds(86_400));
        assertThat(t.scopes()).containsExactly("user.info.basic", "user.info.profile", "user.info.stats");
        wm.verify(postRequestedFor(urlPathEqualTo("/v2/oauth/token/"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(containing("client_key=client-1"))
                .withRequestBody(containing("client_secret=secret-1"))
                .withRequestBody(containing("code=the-code"))
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb")));
    }

    @Test
    void a_grant_without_user_info_stats_is_refused() {
        wm.stubFor(post(urlPathEqualTo("/v2/oauth/token/"))
                .willReturn(json(200, TOKEN.replace(",user.info.stats", ""))));
        assertThatThrownBy(() -> provider.exchangeCode("c", Optional.empty()))
                .isInstanceOfSatisfying(ProviderRejected.class,
                        e -> assertThat(e.code()).isEqualTo(ProviderRejected.SCOPE_NOT_GRANTED));
    }

    @Test
    void invalid_grant_on_exchange_is_a_rejected_code_even_with_http_200() {
        wm.stubFor(post(urlPathEqualTo("/v2/oauth/token/")).willReturn(json(200,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Authorization code is expired.\","
                        + "\"log_id\":\"202206221854370101130062072500FFA2\"}")));
        assertThatThrownBy(() -> provider.exchangeCode("c", Optional.empty()))
                .isInstanceOfSatisfying(ProviderRejected.class,
                        e -> assertThat(e.code()).isEqualTo(ProviderRejected.CODE_REJECTED));
    }

    @Test
    void invalid_scope_is_reported_as_scope_not_granted() {
        wm.stubFor(post(urlPathEqualTo("/v2/oauth/token/")).willReturn(json(400,
                "{\"error\":\"invalid_scope\",\"error_description\":\"scope is invalid\",\"log_id\":\"1\"}")));
        assertThatThrownBy(() -> provider.exchangeCode("c", Optional.empty()))
                .isInstanceOfSatisfying(ProviderRejected.class,
                        e -> assertThat(e.code()).isEqualTo(ProviderRejected.SCOPE_NOT_GRANTED));
    }

    @Test
    void refresh_sends_the_refresh_token_and_returns_the_rotated_one() {
        wm.stubFor(post(urlPathEqualTo("/v2/oauth/token/")).withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(json(200, TOKEN.replace("rft.example12345", "rft.rotated").replace("act.example12345",
                        "act.new"))));
        ProviderTokens old = new ProviderTokens("act.old", Optional.of("rft.example12345"), Optional.of(NOW),
                List.of("user.info.stats"));
        assertThat(provider.canRefresh(old)).isTrue();
        ProviderTokens t = provider.refresh(old);
        assertThat(t.accessToken()).isEqualTo("act.new");
        assertThat(t.refreshToken()).contains("rft.rotated");
        wm.verify(postRequestedFor(urlPathEqualTo("/v2/oauth/token/"))
                .withRequestBody(containing("refresh_token=rft.example12345")));
    }

    @Test
    void a_refused_refresh_token_means_the_grant_is_revoked() {
        wm.stubFor(post(urlPathEqualTo("/v2/oauth/token/")).willReturn(json(400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token is invalid or expired.\","
                        + "\"log_id\":\"1\"}")));
        assertThatThrownBy(() -> provider.refresh(new ProviderTokens("a", Optional.of("r"), Optional.empty(),
                List.of()))).isInstanceOf(GrantRevoked.class);
    }

    @Test
    void user_info_gives_profile_and_counts() {
        wm.stubFor(get(urlPathEqualTo("/v2/user/info/")).withHeader("Authorization", equalTo("Bearer act.x"))
                .willReturn(json(200, USER)));
        ProfileAndStats p = provider.fetchProfileAndStats("act.x");
        assertThat(p.profile().providerAccountId()).isEqualTo("723f24d7-e717-40f8-a2b6-cb8464cd23b4");
        assertThat(p.profile().username()).isEqualTo("tiktoker");
        assertThat(p.profile().displayName()).contains("Tik Toker");
        assertThat(p.followers()).isEqualTo(1500);
        assertThat(p.following()).hasValue(12);
        assertThat(p.posts()).hasValue(33);
        assertThat(wm.getAllServeEvents().get(0).getRequest().getUrl()).contains("fields=open_id")
                .contains("follower_count");
    }

    @Test
    void scope_not_authorized_on_user_info_is_scope_not_granted() {
        wm.stubFor(get(urlPathEqualTo("/v2/user/info/")).willReturn(json(401,
                "{\"data\":{},\"error\":{\"code\":\"scope_not_authorized\",\"message\":\"The user did not authorize "
                        + "the scope required for completing this request.\",\"log_id\":\"1\"}}")));
        assertThatThrownBy(() -> provider.fetchProfileAndStats("t")).isInstanceOfSatisfying(ProviderRejected.class,
                e -> assertThat(e.code()).isEqualTo(ProviderRejected.SCOPE_NOT_GRANTED));
    }

    @Test
    void revoking_posts_client_key_secret_and_access_token_and_treats_an_invalid_token_as_revoked() {
        ProviderTokens tokens = new ProviderTokens("act.example12345", Optional.of("rft.example12345"),
                Optional.empty(), List.of());
        wm.stubFor(post(urlPathEqualTo("/v2/oauth/revoke/")).willReturn(json(200, "{}")));
        assertThat(provider.revoke(tokens)).isTrue();
        wm.verify(postRequestedFor(urlPathEqualTo("/v2/oauth/revoke/"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("client_key=client-1&client_secret=secret-1&token=act.example12345")));

        wm.stubFor(post(urlPathEqualTo("/v2/oauth/revoke/")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.ok()));
        assertThat(provider.revoke(tokens)).isTrue();

        wm.stubFor(post(urlPathEqualTo("/v2/oauth/revoke/")).willReturn(json(200, "{\"error\":\"invalid_grant\","
                + "\"error_description\":\"Access token is invalid or expired.\",\"log_id\":\"20230101\"}")));
        assertThat(provider.revoke(tokens)).isTrue();

        wm.stubFor(post(urlPathEqualTo("/v2/oauth/revoke/")).willReturn(json(400, "{\"error\":\"invalid_request\","
                + "\"error_description\":\"token is required\",\"log_id\":\"20230102\"}")));
        assertThatThrownBy(() -> provider.revoke(tokens))
                .isInstanceOf(io.ensemble.shared.errors.UpstreamFailed.class);

        wm.stubFor(post(urlPathEqualTo("/v2/oauth/revoke/")).willReturn(json(200, "{\"error\":\"invalid_client\","
                + "\"error_description\":\"Client key or secret is incorrect.\",\"log_id\":\"20230103\"}")));
        assertThatThrownBy(() -> provider.revoke(tokens))
                .isInstanceOf(io.ensemble.shared.errors.ProviderUnavailable.class);

        wm.stubFor(post(urlPathEqualTo("/v2/oauth/revoke/")).willReturn(json(502, "{}")));
        assertThatThrownBy(() -> provider.revoke(tokens))
                .isInstanceOf(io.ensemble.shared.errors.ProviderUnavailable.class);
    }
}
