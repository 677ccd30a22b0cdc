package io.ensemble.app.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.dropwizard.testing.ConfigOverride;
import java.util.ArrayList;
import java.util.List;

/**
 * One WireMock server standing in for all five providers (their paths do not overlap), with answers
 * shaped like each provider's published docs. An account is "at the provider" once {@link #account} has
 * stubbed its code → tokens → profile chain: the code {@code c} yields access token {@code at-c} and
 * refresh token {@code rt-c}.
 */
public final class FakeProviders {
    public static final String[] PLATFORMS = {"instagram", "tiktok", "youtube", "twitch", "spotify"};
    public final WireMockServer server = new WireMockServer(options().dynamicPort());

    public FakeProviders() {
        server.start();
    }

    /** @return overrides pointing every platform's keys and base URLs at this server */
    public ConfigOverride[] overrides(ConfigOverride... extra) {
        List<ConfigOverride> out = new ArrayList<>();
        for (String p : PLATFORMS) {
            out.add(ConfigOverride.config("social." + p + ".clientId", p + "-client"));
            out.add(ConfigOverride.config("social." + p + ".clientSecret", p + "-secret"));
            out.add(ConfigOverride.config("social." + p + ".redirectUri",
                    "https://app.example.com/api/v1/social-media/" + p + "/oauth/callback"));
            for (String base : List.of("authBase", "tokenBase", "apiBase")) {
                out.add(ConfigOverride.config("social." + p + "." + base, this::base));
            }
        }
        out.add(ConfigOverride.config("social.syncPause", "0s"));
        out.add(ConfigOverride.config("social.timeout", "3s"));
        out.addAll(List.of(extra));
        return out.toArray(ConfigOverride[]::new);
    }

    /** Stops the WireMock server. */
    public void stop() {
        server.stop();
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /**
     * Stubs one provider account reachable with authorization code {@code code}.
     *
     * @param id the provider's account id
     * @param followers the follower count its profile reports
     */
    public void account(String platform, String code, String id, String username, long followers) {
        String at = "at-" + code;
        String rt = "rt-" + code;
        switch (platform) {
            case "instagram" -> {
                server.stubFor(post(urlPathEqualTo("/oauth/access_token")).withRequestBody(containing("code=" + code))
                        .willReturn(json(200, "{\"data\":[{\"access_token\":\"st-" + code + "\",\"user_id\":\"" + id
                                + "\",\"permissions\":\"instagram_business_basic\"}]}")));
                server.stubFor(get(urlPathEqualTo("/access_token")).withQueryParam("access_token", equalTo("st-" + code))
                        .willReturn(json(200, "{\"access_token\":\"" + at
                                + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
                instagramProfile(at, id, username, followers, "BUSINESS");
            }
            case "tiktok" -> {
                server.stubFor(post(urlPathEqualTo("/v2/oauth/token/")).withRequestBody(containing("code=" + code))
                        .willReturn(json(200, tiktokToken(at, rt, id))));
                tiktokProfile(at, id, username, followers);
            }
            case "youtube" -> {
                server.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("code=" + code))
                        .willReturn(json(200, "{\"access_token\":\"" + at + "\",\"expires_in\":3599,\"refresh_token\":\""
                                + rt + "\",\"scope\":\"https://www.googleapis.com/auth/youtube.readonly\","
                                + "\"token_type\":\"Bearer\"}")));
                server.stubFor(get(urlPathEqualTo("/youtube/v3/channels")).withHeader("Authorization",
                        equalTo("Bearer " + at)).willReturn(json(200, "{\"kind\":\"youtube#channelListResponse\","
                        + "\"pageInfo\":{\"totalResults\":1,\"resultsPerPage\":5},\"items\":[{\"kind\":\"youtube#channel\","
                        + "\"id\":\"" + id + "\",\"snippet\":{\"title\":\"" + username + " TV\",\"customUrl\":\"@"
                        + username + "\",\"thumbnails\":{\"default\":{\"url\":\"https://yt3.ggpht.com/a.jpg\"}}},"
                        + "\"statistics\":{\"viewCount\":\"99999\",\"subscriberCount\":\"" + followers
                        + "\",\"hiddenSubscriberCount\":false,\"videoCount\":\"42\"}}]}")));
            }
            case "twitch" -> {
                server.stubFor(post(urlPathEqualTo("/oauth2/token")).withRequestBody(containing("code=" + code))
                        .willReturn(json(200, "{\"access_token\":\"" + at + "\",\"expires_in\":14124,\"refresh_token\":\""
                                + rt + "\",\"scope\":[\"moderator:read:followers\"],\"token_type\":\"bearer\"}")));
                server.stubFor(get(urlPathEqualTo("/helix/users")).withHeader("Authorization", equalTo("Bearer " + at))
                        .willReturn(json(200, "{\"data\":[{\"id\":\"" + id + "\",\"login\":\"" + username
                                + "\",\"display_name\":\"" + username + "\",\"profile_image_url\":\"https://static-cdn"
                                + ".jtvnw.net/p.png\",\"created_at\":\"2016-12-14T20:32:28Z\"}]}")));
                server.stubFor(get(urlPathEqualTo("/helix/channels/followers")).withQueryParam("broadcaster_id",
                        equalTo(id)).willReturn(json(200, "{\"total\":" + followers + ",\"data\":[],\"pagination\":{}}")));
            }
            case "spotify" -> {
                server.stubFor(post(urlPathEqualTo("/api/token")).withRequestBody(containing("code=" + code))
                        .willReturn(json(200, "{\"access_token\":\"" + at + "\",\"token_type\":\"Bearer\",\"scope\":"
                                + "\"user-read-private user-read-email\",\"expires_in\":3600,\"refresh_token\":\"" + rt
                                + "\"}")));
                server.stubFor(get(urlPathEqualTo("/v1/me")).withHeader("Authorization", equalTo("Bearer " + at))
                        .willReturn(json(200, "{\"display_name\":\"" + username + "\",\"followers\":{\"href\":null,"
                                + "\"total\":" + followers + "},\"id\":\"" + id + "\",\"images\":[],\"type\":\"user\"}")));
            }
            default -> throw new IllegalArgumentException(platform);
        }
    }

    /** Stubs Instagram's profile read for an access token. */
    void instagramProfile(String accessToken, String id, String username, long followers, String accountType) {
        server.stubFor(get(urlPathEqualTo("/v23.0/me")).withQueryParam("access_token", equalTo(accessToken))
                .willReturn(json(200, "{\"user_id\":\"" + id + "\",\"username\":\"" + username + "\",\"name\":\""
                        + username + "\",\"account_type\":\"" + accountType + "\",\"followers_count\":" + followers
                        + ",\"follows_count\":10,\"media_count\":20,\"id\":\"app-" + id + "\"}")));
    }

    /** Stubs TikTok's user info for an access token. */
    void tiktokProfile(String accessToken, String openId, String username, long followers) {
        server.stubFor(get(urlPathEqualTo("/v2/user/info/")).withHeader("Authorization", equalTo("Bearer " + accessToken))
                .willReturn(json(200, "{\"data\":{\"user\":{\"open_id\":\"" + openId + "\",\"union_id\":\"u-" + openId
                        + "\",\"avatar_url\":\"https://p16.tiktokcdn.com/a.jpeg\",\"display_name\":\"" + username
                        + "\",\"username\":\"" + username + "\",\"follower_count\":" + followers
                        + ",\"following_count\":5,\"likes_count\":100,\"video_count\":7}},"
                        + "\"error\":{\"code\":\"ok\",\"message\":\"\",\"log_id\":\"20220829194722CBE87ED59D524E727021\"}}")));
    }

    /** @return TikTok's token answer */
    static String tiktokToken(String at, String rt, String openId) {
        return "{\"access_token\":\"" + at + "\",\"expires_in\":86400,\"open_id\":\"" + openId
                + "\",\"refresh_expires_in\":31536000,\"refresh_token\":\"" + rt
                + "\",\"scope\":\"user.info.basic,user.info.profile,user.info.stats\",\"token_type\":\"Bearer\"}";
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
