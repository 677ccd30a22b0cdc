package io.ensemble.app.social;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts.Session;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OAuth linking end to end (issue 6 §1, §3, "Bad input and failure"): the running app over HTTP, real
 * PostgreSQL, providers faked by WireMock at their documented paths. A user links each of the five platforms
 * through auth URL → callback (or the app's exchange) and sees the account listed with stats.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SocialOAuthLinkTest {
    private static final int SMTP = FreePort.find();
    private static final FakeProviders FAKE = new FakeProviders();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP, FAKE.overrides(
            ConfigOverride.config("social.breakerWindow", "4"),
            ConfigOverride.config("social.breakerOpenFor", "1s")));
    private static final String BASE = "/api/v1/social-media/";

    private Api api;
    private RoleSessions roles;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        roles = new RoleSessions(api, new Inbox(MAIL));
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private Reply start(Session s, String platform) {
        return api.get(BASE + platform + "/auth", s.accessToken());
    }

    private static String stateOf(Reply started) {
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        return started.data().path("state").asText();
    }

    private Reply callback(String platform, String code, String state) {
        return api.get(BASE + platform + "/oauth/callback?code=" + enc(code) + "&state=" + enc(state));
    }

    private static long accountsOf(Session s) {
        return Sql.count("SELECT count(*) FROM social_accounts WHERE user_id = ?", UUID.fromString(s.userId()));
    }

    @Test
    void a_user_links_each_platform_through_the_auth_url_and_callback_and_sees_it_listed_with_stats() throws Exception {
        Session s = roles.of("INFLUENCER");
        Map<String, String> paths = Map.of("instagram", "/oauth/authorize", "tiktok", "/v2/auth/authorize/",
                "youtube", "/o/oauth2/v2/auth", "twitch", "/oauth2/authorize", "spotify", "/authorize");
        long followers = 1000;
        long total = 0;
        for (String platform : FakeProviders.PLATFORMS) {
            Reply started = start(s, platform);
            String state = stateOf(started);
            URI authUrl = URI.create(started.data().path("authUrl").asText());
            assertThat(authUrl.toString()).startsWith(FAKE.base() + paths.get(platform) + "?");
            assertThat(query(authUrl, "state")).isEqualTo(state);
            assertThat(query(authUrl, "redirect_uri")).endsWith("/social-media/" + platform + "/oauth/callback");

            String code = unique("code-");
            String providerId = unique(platform + "-id-");
            FAKE.account(platform, code, providerId, unique("user"), followers);
            Reply linked = callback(platform, code, state);
            assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
            JsonNode account = linked.data().path("account");
            assertThat(account.path("platform").asText()).isEqualTo(platform);
            assertThat(account.path("linkMethod").asText()).isEqualTo("OAUTH");
            assertThat(account.path("isConnected").asBoolean()).isTrue();
            assertThat(account.path("stats").path("followers").asLong()).isEqualTo(followers);
            assertThat(linked.raw()).doesNotContain("at-" + code).doesNotContain("rt-" + code);

            if (platform.equals("youtube") || platform.equals("spotify")) {
                // PKCE S256: the verifier sent to the token endpoint hashes to the challenge in the auth URL
                String challenge = query(authUrl, "code_challenge");
                assertThat(query(authUrl, "code_challenge_method")).isEqualTo("S256");
                String tokenPath = platform.equals("youtube") ? "/token" : "/api/token";
                String body = FAKE.server.findAll(postRequestedFor(urlPathEqualTo(tokenPath))
                        .withRequestBody(containing("code=" + code))).get(0).getBodyAsString();
                String verifier = URLDecoder.decode(body.replaceAll(".*code_verifier=([^&]*).*", "$1"),
                        StandardCharsets.UTF_8);
                assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(verifier.getBytes(StandardCharsets.US_ASCII)))).isEqualTo(challenge);
            } else {
                assertThat(query(authUrl, "code_challenge")).isNull();
            }
            total += followers;
            followers += 1000;
        }

        Reply list = api.get(BASE + "accounts", s.accessToken());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        JsonNode accounts = list.data().path("accounts");
        assertThat(accounts).hasSize(5);
        for (JsonNode a : accounts) {
            assertThat(a.path("stats").path("followers").asLong()).isPositive();
            assertThat(a.has("accessToken")).isFalse();
        }
        assertThat(Sql.count("SELECT count(*) FROM social_stats_snapshots s JOIN social_accounts a "
                + "ON a.id = s.account_id WHERE a.user_id = ?", UUID.fromString(s.userId()))).isEqualTo(5);
        assertThat(Sql.count("SELECT count(*) FROM social_totals WHERE user_id = ? AND total_followers = ?",
                UUID.fromString(s.userId()), total)).isEqualTo(1);
    }

    @Test
    void the_app_exchange_links_with_its_own_state_and_the_token_column_holds_no_plaintext() {
        Session s = roles.of("CREATOR");
        String state = stateOf(start(s, "tiktok"));
        String code = unique("code-");
        FAKE.account("tiktok", code, unique("open-"), unique("tt"), 777);

        Reply r = api.post(BASE + "tiktok/exchange", Map.of("code", code, "state", state), s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        String accountId = r.data().path("account").path("id").asText();
        assertThat(r.data().path("account").path("scopes").toString()).contains("user.info.stats");

        byte[] stored = bytes("SELECT access_token FROM social_accounts WHERE id = ?", UUID.fromString(accountId));
        byte[] refresh = bytes("SELECT refresh_token FROM social_accounts WHERE id = ?", UUID.fromString(accountId));
        assertThat(stored).isNotEmpty();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("at-" + code);
        assertThat(new String(refresh, StandardCharsets.ISO_8859_1)).doesNotContain("rt-" + code);
        assertThat(Sql.count("SELECT count(*) FROM oauth_states WHERE user_id = ?", UUID.fromString(s.userId())))
                .isZero();
    }

    @Test
    void forged_replayed_expired_and_foreign_states_are_400_and_link_nothing() {
        Session s = roles.of("INFLUENCER");
        String code = unique("code-");
        FAKE.account("spotify", code, unique("sp-"), unique("dj"), 10);

        Reply forged = callback("spotify", code, "forged-" + UUID.randomUUID());
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.code()).isEqualTo("INVALID_STATE");
        assertThat(forged.json().path("success").asBoolean()).isFalse();

        String expired = stateOf(start(s, "spotify"));
        Sql.execute("UPDATE oauth_states SET expires_at = now() - interval '1 second' WHERE user_id = ?",
                UUID.fromString(s.userId()));
        assertThat(callback("spotify", code, expired).code()).isEqualTo("INVALID_STATE");

        String wrongPlatform = stateOf(start(s, "spotify"));
        assertThat(callback("tiktok", code, wrongPlatform).code()).isEqualTo("INVALID_STATE");

        Session other = roles.of("INFLUENCER");
        String foreign = stateOf(start(s, "spotify"));
        Reply stolen = api.post(BASE + "spotify/exchange", Map.of("code", code, "state", foreign), other.accessToken());
        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.code()).isEqualTo("INVALID_STATE");
        assertThat(accountsOf(s)).isZero();
        assertThat(accountsOf(other)).isZero();

        String good = stateOf(start(s, "spotify"));
        assertThat(callback("spotify", code, good).status()).isEqualTo(200);
        Reply replayed = callback("spotify", code, good);
        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.code()).isEqualTo("INVALID_STATE");
        assertThat(accountsOf(s)).isEqualTo(1);
    }

    @Test
    void missing_code_or_state_is_a_validation_error_and_unknown_platforms_are_404() {
        Session s = roles.of("INFLUENCER");
        Reply empty = api.post(BASE + "tiktok/exchange", Map.of(), s.accessToken());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(empty.json().path("details").toString()).contains("code").contains("state");
        assertThat(callback("tiktok", "", "").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get(BASE + "myspace/auth", s.accessToken()).status()).isEqualTo(404);
        assertThat(api.get(BASE + "twitter/auth", s.accessToken()).status()).isEqualTo(404);
        assertThat(api.get(BASE + "tiktok/auth").status()).isEqualTo(401);
        assertThat(accountsOf(s)).isZero();
        assertThat(Sql.count("SELECT count(*) FROM oauth_states WHERE user_id = ?", UUID.fromString(s.userId())))
                .isZero();
    }

    @Test
    void staff_accounts_cannot_link() {
        Session s = roles.of("INFLUENCER");
        Sql.execute("UPDATE users SET role = 'ADMIN' WHERE id = ?", UUID.fromString(s.userId()));
        Session admin = new io.ensemble.app.support.Accounts(api, new Inbox(MAIL)).login(s.email(),
                io.ensemble.app.support.Accounts.PASSWORD, s.userId());
        Reply r = start(admin, "tiktok");
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(api.get(BASE + "accounts", admin.accessToken()).status()).isEqualTo(403);
        assertThat(Sql.count("SELECT count(*) FROM oauth_states WHERE user_id = ?", UUID.fromString(s.userId())))
                .isZero();
    }

    @Test
    void another_users_account_id_is_404_and_the_owner_can_unlink() {
        Session owner = roles.of("INFLUENCER");
        Session other = roles.of("INFLUENCER");
        String code = unique("code-");
        FAKE.account("twitch", code, unique("tw-"), unique("streamer"), 55);
        Reply linked = callback("twitch", code, stateOf(start(owner, "twitch")));
        String id = linked.data().path("account").path("id").asText();

        Reply foreign = api.sendRaw("DELETE", BASE + "accounts/" + id, null, other.accessToken(), Map.of());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("NOT_FOUND");
        assertThat(api.sendRaw("DELETE", BASE + "accounts/not-a-uuid", null, owner.accessToken(), Map.of()).status())
                .isEqualTo(404);
        assertThat(accountsOf(owner)).isEqualTo(1);
        assertThat(api.get(BASE + "accounts", other.accessToken()).data().path("accounts")).isEmpty();

        Reply mine = api.sendRaw("DELETE", BASE + "accounts/" + id, null, owner.accessToken(), Map.of());
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(accountsOf(owner)).isZero();
        assertThat(Sql.count("SELECT count(*) FROM social_totals WHERE user_id = ? AND total_followers = 0",
                UUID.fromString(owner.userId()))).isEqualTo(1);
    }

    @Test
    void the_same_provider_account_linked_by_a_second_user_is_409_and_changes_nothing() {
        Session first = roles.of("INFLUENCER");
        Session second = roles.of("INFLUENCER");
        String providerId = unique("UC");
        String code1 = unique("code-");
        String code2 = unique("code-");
        FAKE.account("youtube", code1, providerId, "samechannel", 300);
        FAKE.account("youtube", code2, providerId, "samechannel", 300);
        assertThat(callback("youtube", code1, stateOf(start(first, "youtube"))).status()).isEqualTo(200);
        byte[] before = bytes("SELECT access_token FROM social_accounts WHERE user_id = ?",
                UUID.fromString(first.userId()));

        Reply taken = callback("youtube", code2, stateOf(start(second, "youtube")));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("ACCOUNT_LINKED_ELSEWHERE");
        assertThat(accountsOf(second)).isZero();
        assertThat(bytes("SELECT access_token FROM social_accounts WHERE user_id = ?",
                UUID.fromString(first.userId()))).isEqualTo(before);
    }

    @Test
    void provider_refusals_are_clear_400s_and_write_nothing() {
        Session s = roles.of("INFLUENCER");
        FAKE.server.stubFor(post(urlPathEqualTo("/v2/oauth/token/")).withRequestBody(containing("code=expired-code"))
                .willReturn(FakeProviders.json(400, "{\"error\":\"invalid_grant\",\"error_description\":"
                        + "\"Authorization code is expired.\",\"log_id\":\"2022\"}")));
        Reply expiredCode = callback("tiktok", "expired-code", stateOf(start(s, "tiktok")));
        assertThat(expiredCode.status()).isEqualTo(400);
        assertThat(expiredCode.code()).isEqualTo("OAUTH_CODE_REJECTED");

        String code = unique("code-");
        FAKE.account("instagram", code, unique("ig"), unique("me"), 5);
        FAKE.instagramProfile("at-" + code, unique("ig"), "personal.me", 5, "PERSONAL");
        Reply personal = callback("instagram", code, stateOf(start(s, "instagram")));
        assertThat(personal.status()).isEqualTo(400);
        assertThat(personal.code()).isEqualTo("ACCOUNT_NOT_SUPPORTED");

        Reply denied = api.get(BASE + "tiktok/oauth/callback?error=access_denied&state="
                + enc(stateOf(start(s, "tiktok"))));
        assertThat(denied.status()).isEqualTo(400);
        assertThat(denied.code()).isEqualTo("OAUTH_ACCESS_DENIED");
        assertThat(Sql.count("SELECT count(*) FROM oauth_states WHERE user_id = ?", UUID.fromString(s.userId())))
                .isZero();

        Reply invalidScope = api.get(BASE + "tiktok/oauth/callback?error=invalid_scope&state="
                + enc(stateOf(start(s, "tiktok"))));
        assertThat(invalidScope.code()).isEqualTo("SCOPE_NOT_GRANTED");
        assertThat(accountsOf(s)).isZero();
        assertThat(Sql.count("SELECT count(*) FROM social_totals WHERE user_id = ?", UUID.fromString(s.userId())))
                .isZero();
    }

    @Test
    void a_provider_outage_opens_the_circuit_so_routes_answer_503_quickly_then_recovers() throws Exception {
        Session s = roles.of("INFLUENCER");
        FAKE.server.stubFor(post(urlPathEqualTo("/oauth2/token")).withRequestBody(containing("code=outage"))
                .willReturn(FakeProviders.json(502, "<html>Bad gateway</html>")));
        // earlier successful Twitch calls share the breaker's window of 4: keep failing until it opens
        boolean open = false;
        for (int i = 0; i < 8 && !open; i++) {
            Reply started = start(s, "twitch");
            if (started.status() == 503) {
                open = true;
                break;
            }
            Reply r = callback("twitch", "outage", stateOf(started));
            assertThat(r.status()).as(r.toString()).isEqualTo(503);
            assertThat(r.code()).isEqualTo("PROVIDER_UNAVAILABLE");
        }
        assertThat(open).as("circuit opened").isTrue();
        int calls = FAKE.server.findAll(postRequestedFor(urlPathEqualTo("/oauth2/token"))
                .withRequestBody(containing("code=outage"))).size();
        long started = System.nanoTime();
        Reply fast = start(s, "twitch");
        assertThat(fast.status()).isEqualTo(503);
        assertThat(fast.code()).isEqualTo("PROVIDER_UNAVAILABLE");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);
        assertThat(FAKE.server.findAll(postRequestedFor(urlPathEqualTo("/oauth2/token"))
                .withRequestBody(containing("code=outage")))).hasSize(calls);
        assertThat(accountsOf(s)).isZero();

        Thread.sleep(1_200);
        String code = unique("code-");
        FAKE.account("twitch", code, unique("tw-"), unique("back"), 9);
        assertThat(callback("twitch", code, stateOf(start(s, "twitch"))).status()).isEqualTo(200);
    }

    private static byte[] bytes(String sql, Object arg) {
        try (var c = io.ensemble.app.support.SharedDatabase.get().dataSource().getConnection();
             var st = c.prepareStatement(sql)) {
            st.setObject(1, arg);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
