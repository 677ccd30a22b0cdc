package io.ensemble.integrations.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.ensemble.social.GrantRevoked;
import io.ensemble.social.ProfileAndStats;
import io.ensemble.social.ProviderRejected;
import io.ensemble.social.ProviderTokens;
import io.ensemble.social.SocialProvider;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Twitch OAuth authorization code grant + Helix users / channels/followers contract, replayed by WireMock. */
class TwitchProviderTest extends ProviderContractBase {
    static final String TOKEN = """
            {"access_token":"rfx2uswqe8l4g1mkagrvg5tv0ks3","expires_in":14124,
             "refresh_token":"5b93chm6hdve3mycz05zfzatkfdenfspp1h1ar2xxdalen01","scope":["moderator:read:followers"],
             "token_type":"bearer"}""";
    static final String USERS = """
            {"data":[{"id":"141981764","login":"twitchdev","display_name":"TwitchDev","type":"",
              "broadcaster_type":"partner","description":"","profile_image_url":"https://static-cdn.jtvnw.net/p.png",
              "offline_image_url":"","view_count":0,"created_at":"2016-12-14T20:32:28Z"}]}""";
    static final String FOLLOWERS = """
            {"total":8,"data":[{"user_id":"11111","user_name":"UserDisplayName","user_login":"userloginname",
              "followed_at":"2022-05-24T22:22:08Z"}],"pagination":{"cursor":"eyJiIjpudWxsLCJhIjp7Ik9mZnNldCI6NX19"}}""";

    private final TwitchProvider provider = new TwitchProvider(settings(), CLOCK);

    @Override
    SocialProvider provider() {
        return provider;
    }

    @Override
    void stubProfile(ResponseDefinitionBuilder answer) {
        wm.stubFor(get(urlPathEqualTo("/helix/users")).willReturn(answer));
    }

    @Override
    String unauthorizedBody() {
        return "{\"error\":\"Unauthorized\",\"status\":401,\"message\":\"Invalid OAuth token\"}";
    }

    @Test
    void the_authorization_url_asks_for_moderator_read_followers() {
        URI url = provider.authorizationUrl("s", Optional.empty());
        assertThat(url.getPath()).isEqualTo("/oauth2/authorize");
        assertThat(param(url, "scope")).isEqualTo("moderator:read:followers");
        assertThat(param(url, "client_id")).isEqualTo("client-1");
    }

    @Test
    void the_code_is_exchanged_and_the_scope_array_read() {
        wm.stubFor(post(urlPathEqualTo("/oauth2/token")).willReturn(json(200, TOKEN)));
        ProviderTokens t = provider.exchangeCode("c0de", Optional.empty());
        assertThat(t.scopes()).containsExactly("moderator:read:followers");
        assertThat(t.expiresAt()).contains(NOW.plusSeconds(14124));
        wm.verify(postRequestedFor(urlPathEqualTo("/oauth2/token")).withRequestBody(containing("code=c0de"))
                .withRequestBody(containing("client_secret=secret-1")));
    }

    @Test
    void twitch_shaped_refusals_map_to_rejected_code_and_revoked_refresh() {
        wm.stubFor(post(urlPathEqualTo("/oauth2/token")).willReturn(json(400,
                "{\"status\":400,\"message\":\"Invalid authorization code\"}")));
        assertThatThrownBy(() -> provider.exchangeCode("c", Optional.empty())).isInstanceOf(ProviderRejected.class);
        assertThatThrownBy(() -> provider.refresh(new ProviderTokens("a", Optional.of("r"), Optional.empty(),
                List.of()))).isInstanceOf(GrantRevoked.class);
    }

    @Test
    void users_then_followers_total_with_the_client_id_header() {
        wm.stubFor(get(urlPathEqualTo("/helix/users")).withHeader("Client-Id", equalTo("client-1"))
                .withHeader("Authorization", equalTo("Bearer tok")).willReturn(json(200, USERS)));
        wm.stubFor(get(urlPathEqualTo("/helix/channels/followers")).withQueryParam("broadcaster_id",
                equalTo("141981764")).willReturn(json(200, FOLLOWERS)));
        ProfileAndStats p = provider.fetchProfileAndStats("tok");
        assertThat(p.profile().providerAccountId()).isEqualTo("141981764");
        assertThat(p.profile().username()).isEqualTo("twitchdev");
        assertThat(p.followers()).isEqualTo(8);
    }

    @Test
    void a_throttled_helix_call_reads_ratelimit_reset() {
        long reset = System.currentTimeMillis() / 1000 + 30;
        wm.stubFor(get(urlPathEqualTo("/helix/users")).willReturn(aResponse().withStatus(429)
                .withHeader("Ratelimit-Reset", Long.toString(reset)).withBody("{}")));
        assertThatThrownBy(() -> provider.fetchProfileAndStats("tok"))
                .isInstanceOfSatisfying(io.ensemble.shared.errors.RateLimited.class,
                        e -> assertThat(e.retryAfterSeconds()).isBetween(25L, 31L));
    }

    @Test
    void revoking_posts_the_access_token_and_treats_an_already_invalid_token_as_revoked() {
        ProviderTokens tokens = new ProviderTokens("rfx2uswqe8l4g1mkagrvg5tv0ks3", Optional.empty(), Optional.empty(),
                List.of());
        wm.stubFor(post(urlPathEqualTo("/oauth2/revoke")).willReturn(aResponse().withStatus(200)));
        assertThat(provider.revoke(tokens)).isTrue();
        wm.verify(postRequestedFor(urlPathEqualTo("/oauth2/revoke"))
                .withRequestBody(containing("client_id=client-1"))
                .withRequestBody(containing("token=rfx2uswqe8l4g1mkagrvg5tv0ks3")));

        wm.stubFor(post(urlPathEqualTo("/oauth2/revoke")).willReturn(json(400,
                "{\"status\":400,\"message\":\"Invalid token\"}")));
        assertThat(provider.revoke(tokens)).isTrue();

        wm.stubFor(post(urlPathEqualTo("/oauth2/revoke")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> provider.revoke(tokens))
                .isInstanceOf(io.ensemble.shared.errors.ProviderUnavailable.class);
    }
}
