package io.ensemble.app.social;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
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
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The nightly social jobs of issue 6 §4 run through their admin tasks on the running app (real PostgreSQL,
 * providers faked by WireMock): {@code social-token-refresh} (TikTok's rotated refresh token is the one used
 * next time; a refused refresh marks the account RECONNECT_REQUIRED and notifies the owner),
 * {@code social-sync} (new snapshot and totals; an expired access token is refreshed and the read retried; an
 * outage leaves stored stats untouched) and {@code instagram-reminder}. Accounts of other tests are moved out
 * of the jobs' windows first, so each test sees only its own.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SocialJobsTest {
    private static final int SMTP = FreePort.find();
    private static final FakeProviders FAKE = new FakeProviders();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP, FAKE.overrides());
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

    /** Links an account of {@code platform} for {@code s} through auth → callback. @return the account id */
    private UUID link(Session s, String platform, String code, String providerId, long followers) {
        FAKE.account(platform, code, providerId, unique("u"), followers);
        Reply started = api.get(BASE + platform + "/auth", s.accessToken());
        String state = started.data().path("state").asText();
        Reply r = api.get(BASE + platform + "/oauth/callback?code=" + code + "&state="
                + URLEncoder.encode(state, StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return UUID.fromString(r.data().path("account").path("id").asText());
    }

    private String runTask(String name) throws Exception {
        return io.ensemble.app.support.AdminTasks.run(api.client(), APP.getAdminPort(), name);
    }

    private static void onlyThisUserIsDue(Session s) {
        Sql.execute("UPDATE social_accounts SET token_expires_at = now() + interval '60 days', last_synced_at = now() "
                + "WHERE user_id <> ?", UUID.fromString(s.userId()));
    }

    @Test
    void token_refresh_stores_tiktoks_rotated_refresh_token_and_marks_refused_grants_for_reconnect() throws Exception {
        Session s = roles.of("INFLUENCER");
        String tiktokCode = unique("code-");
        String spotifyCode = unique("code-");
        UUID tiktok = link(s, "tiktok", tiktokCode, unique("open-"), 100);
        UUID spotify = link(s, "spotify", spotifyCode, unique("sp-"), 50);
        onlyThisUserIsDue(s);
        String rotated = unique("rot-");
        String rotatedAgain = unique("rot2-");
        FAKE.server.stubFor(post(urlPathEqualTo("/v2/oauth/token/"))
                .withRequestBody(containing("refresh_token=rt-" + tiktokCode))
                .willReturn(FakeProviders.json(200, FakeProviders.tiktokToken("at-new", rotated, "x"))));
        FAKE.server.stubFor(post(urlPathEqualTo("/v2/oauth/token/"))
                .withRequestBody(containing("refresh_token=" + rotated))
                .willReturn(FakeProviders.json(200, FakeProviders.tiktokToken("at-newer", rotatedAgain, "x"))));
        FAKE.server.stubFor(post(urlPathEqualTo("/api/token"))
                .withRequestBody(containing("refresh_token=rt-" + spotifyCode))
                .willReturn(FakeProviders.json(400, "{\"error\":\"invalid_grant\",\"error_description\":"
                        + "\"Refresh token revoked\"}")));
        byte[] before = tokenBytes(tiktok);

        String first = runTask("social-token-refresh");
        assertThat(first).startsWith("succeeded").contains("refreshed=1").contains("reconnectRequired=1");
        assertThat(tokenBytes(tiktok)).isNotEqualTo(before);
        assertThat(Sql.count("SELECT count(*) FROM social_accounts WHERE id = ? AND status = 'RECONNECT_REQUIRED'",
                spotify)).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE user_id = ? AND type = "
                + "'SOCIAL_RECONNECT_REQUIRED' AND subject_id = ?", UUID.fromString(s.userId()), spotify)).isEqualTo(1);
        JsonNode listed = api.get(BASE + "accounts", s.accessToken()).data().path("accounts");
        assertThat(listed.toString()).contains("\"status\":\"RECONNECT_REQUIRED\"").contains("\"isConnected\":false");

        String second = runTask("social-token-refresh");
        assertThat(second).startsWith("succeeded").contains("refreshed=1").contains("reconnectRequired=0");
        assertThat(FAKE.server.findAll(postRequestedFor(urlPathEqualTo("/v2/oauth/token/"))
                .withRequestBody(containing("refresh_token=" + rotated)))).hasSize(1);
        assertThat(FAKE.server.findAll(postRequestedFor(urlPathEqualTo("/api/token"))
                .withRequestBody(containing("refresh_token=rt-" + spotifyCode)))).hasSize(1);
    }

    @Test
    void sync_appends_a_snapshot_and_updates_totals_refreshing_an_expired_token_on_the_way() throws Exception {
        Session s = roles.of("INFLUENCER");
        String igCode = unique("code-");
        String ttCode = unique("code-");
        String igId = unique("ig");
        String ttId = unique("open-");
        UUID instagram = link(s, "instagram", igCode, igId, 100);
        UUID tiktok = link(s, "tiktok", ttCode, ttId, 200);
        onlyThisUserIsDue(s);
        Sql.execute("UPDATE social_accounts SET last_synced_at = now() - interval '2 days' WHERE user_id = ?",
                UUID.fromString(s.userId()));
        FAKE.instagramProfile("at-" + igCode, igId, "renamed.ig", 250, "MEDIA_CREATOR");
        FAKE.server.stubFor(get(urlPathEqualTo("/v2/user/info/")).withHeader("Authorization",
                equalTo("Bearer at-" + ttCode)).willReturn(FakeProviders.json(401, "{\"data\":{},\"error\":{\"code\":"
                + "\"access_token_invalid\",\"message\":\"The access token is invalid or not found in the request.\","
                + "\"log_id\":\"1\"}}")));
        FAKE.server.stubFor(post(urlPathEqualTo("/v2/oauth/token/")).withRequestBody(containing("refresh_token=rt-"
                + ttCode)).willReturn(FakeProviders.json(200, FakeProviders.tiktokToken("at-fresh-" + ttCode,
                "rt-fresh-" + ttCode, ttId))));
        FAKE.tiktokProfile("at-fresh-" + ttCode, ttId, "tt", 900);

        String run = runTask("social-sync");
        assertThat(run).startsWith("succeeded").contains("synced=2");
        assertThat(Sql.count("SELECT count(*) FROM social_stats_snapshots WHERE account_id = ?", instagram))
                .isEqualTo(2);
        assertThat(Sql.count("SELECT count(*) FROM social_stats_snapshots WHERE account_id = ? AND followers = 900",
                tiktok)).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM social_totals WHERE user_id = ? AND total_followers = 1150",
                UUID.fromString(s.userId()))).isEqualTo(1);
        JsonNode listed = api.get(BASE + "accounts", s.accessToken()).data().path("accounts");
        assertThat(listed.toString()).contains("\"username\":\"renamed.ig\"").contains("\"followers\":250");

        // an outage during the next sync fails the run and leaves the stored stats as they were
        Sql.execute("UPDATE social_accounts SET last_synced_at = now() - interval '2 days' WHERE id = ?", instagram);
        FAKE.server.stubFor(get(urlPathEqualTo("/v23.0/me")).withQueryParam("access_token", equalTo("at-" + igCode))
                .willReturn(FakeProviders.json(500, "{\"error\":{\"message\":\"An unknown error occurred\","
                        + "\"type\":\"OAuthException\",\"code\":1}}")));
        assertThat(runTask("social-sync")).startsWith("failed").contains("failed=1");
        assertThat(Sql.count("SELECT count(*) FROM social_stats_snapshots WHERE account_id = ?", instagram))
                .isEqualTo(2);
        assertThat(Sql.count("SELECT count(*) FROM social_totals WHERE user_id = ? AND total_followers = 1150",
                UUID.fromString(s.userId()))).isEqualTo(1);
    }

    @Test
    void the_instagram_reminder_notifies_influencers_without_instagram_only() throws Exception {
        Session without = roles.of("INFLUENCER");
        Session with = roles.of("INFLUENCER");
        Session salon = roles.of("SALON");
        link(with, "instagram", unique("code-"), unique("ig"), 10);

        assertThat(runTask("instagram-reminder")).startsWith("succeeded");
        assertThat(reminders(without)).isEqualTo(1);
        assertThat(reminders(with)).isZero();
        assertThat(reminders(salon)).isZero();
        Reply inbox = api.get("/api/v1/notifications", without.accessToken());
        assertThat(inbox.raw()).contains("INSTAGRAM_REMINDER");
    }

    private static long reminders(Session s) {
        return Sql.count("SELECT count(*) FROM notifications WHERE user_id = ? AND type = 'INSTAGRAM_REMINDER'",
                UUID.fromString(s.userId()));
    }

    private static byte[] tokenBytes(UUID account) {
        try (var c = io.ensemble.app.support.SharedDatabase.get().dataSource().getConnection();
             var st = c.prepareStatement("SELECT refresh_token FROM social_accounts WHERE id = ?")) {
            st.setObject(1, account);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
