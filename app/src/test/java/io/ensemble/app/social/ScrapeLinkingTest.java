package io.ensemble.app.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Accounts.Session;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Linking Instagram and TikTok by user name end to end (issue 6 §2, seeds/001 §Social Media): real HTTP,
 * real PostgreSQL, Apify faked at the HTTP level.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ScrapeLinkingTest {
    private static final int SMTP = FreePort.find();
    private static final FakeApify APIFY = new FakeApify();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("apify.token", "apify_api_test_token"),
            ConfigOverride.config("apify.apiBase", APIFY.base()));

    private Api api;
    private RoleSessions roles;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        roles = new RoleSessions(api, new Inbox(MAIL));
        APIFY.server.resetAll();
    }

    @AfterAll
    static void stopApify() {
        APIFY.server.stop();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long rows(String table, String userId) {
        return Sql.count("SELECT count(*) FROM " + table + " WHERE user_id = ?", UUID.fromString(userId));
    }

    private static long snapshots(String accountId) {
        return Sql.count("SELECT count(*) FROM social_stats_snapshots WHERE account_id = ?", UUID.fromString(accountId));
    }

    @Test
    void links_instagram_by_username_and_reads_it_back_with_stats_and_posts() {
        Session ada = roles.of("INFLUENCER");
        String name = unique("glow_");
        String providerId = APIFY.instagram(name, 12_000);

        Reply linked = api.post("/api/v1/social-media/instagram/connect", Map.of("username", "@" + name.toUpperCase()),
                ada.accessToken());

        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        var data = linked.data();
        assertThat(data.path("platform").asText()).isEqualTo("INSTAGRAM");
        assertThat(data.path("username").asText()).isEqualTo(name);
        assertThat(data.path("linkMethod").asText()).isEqualTo("SCRAPE");
        assertThat(data.path("followersCount").asLong()).isEqualTo(12_000);
        assertThat(data.path("followingCount").asLong()).isEqualTo(310);
        assertThat(data.path("postsCount").asLong()).isEqualTo(412);
        assertThat(data.path("engagementRate").asDouble()).isEqualTo(4.17);
        assertThat(data.path("recentPosts")).hasSize(2);
        assertThat(data.has("accessToken")).isFalse();
        String id = data.path("id").asText();
        assertThat(Sql.count("SELECT count(*) FROM social_accounts WHERE id = ? AND link_method = 'SCRAPE' "
                + "AND provider_account_id = ? AND access_token IS NULL", UUID.fromString(id), providerId)).isEqualTo(1);
        assertThat(snapshots(id)).isEqualTo(1);

        Reply read = api.get("/api/v1/social-media/instagram/" + id, ada.accessToken());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.data().path("followersCount").asLong()).isEqualTo(12_000);
        assertThat(read.data().path("recentPosts").get(0).path("url").asText())
                .isEqualTo("https://www.instagram.com/p/C9xYzAbCdEf/");
        assertThat(APIFY.runsFor(FakeApify.IG_SYNC, name)).isEqualTo(1);

        Reply listed = api.get("/api/v1/social-media/accounts", ada.accessToken());
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.data().path("accounts")).hasSize(1);
        assertThat(listed.data().path("accounts").get(0).path("id").asText()).isEqualTo(id);
        assertThat(Sql.count("SELECT count(*) FROM social_totals WHERE user_id = ? AND total_followers = 12000",
                UUID.fromString(ada.userId()))).as("discovery totals count the scraped account").isEqualTo(1);
    }

    @Test
    void links_tiktok_by_username_syncs_it_with_a_new_snapshot_and_disconnects() {
        Session ada = roles.of("CREATOR");
        String name = unique("glow.");
        APIFY.tiktok(name, 48_000);
        Reply linked = api.post("/api/v1/social-media/tiktok/connect-public", Map.of("username", name), ada.accessToken());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        String id = linked.data().path("id").asText();
        assertThat(linked.data().path("engagementRate").asDouble()).isEqualTo(4.48);

        APIFY.tiktok(name, 50_000);
        Reply synced = api.post("/api/v1/social-media/tiktok/public/sync", Map.of("accountId", id), ada.accessToken());

        assertThat(synced.status()).as(synced.toString()).isEqualTo(200);
        assertThat(synced.data().path("followersCount").asLong()).isEqualTo(50_000);
        assertThat(synced.data().path("lastScrapedAt").asText()).isNotEmpty();
        assertThat(snapshots(id)).isEqualTo(2);
        assertThat(APIFY.runsFor(FakeApify.TT_SYNC, name)).as("a manual sync bypasses the cache").isEqualTo(2);
        Reply read = api.get("/api/v1/social-media/tiktok/public/" + id, ada.accessToken());
        assertThat(read.data().path("followersCount").asLong()).isEqualTo(50_000);
        assertThat(read.data().path("recentPosts").get(0).path("views").asLong()).isEqualTo(52_000);

        Reply gone = api.sendRaw("DELETE", "/api/v1/social-media/tiktok/public/" + id, null, ada.accessToken(), Map.of());
        assertThat(gone.status()).as(gone.toString()).isEqualTo(200);
        assertThat(rows("social_accounts", ada.userId())).isZero();
        assertThat(snapshots(id)).isZero();
        assertThat(api.get("/api/v1/social-media/tiktok/public/" + id, ada.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void manual_sync_is_limited_to_three_per_hour_per_account_without_calling_apify_past_the_limit() {
        Session ada = roles.of("INFLUENCER");
        String name = unique("limit_");
        APIFY.instagram(name, 1_000);
        String id = api.post("/api/v1/social-media/instagram/connect", Map.of("username", name), ada.accessToken())
                .data().path("id").asText();

        for (int i = 0; i < 3; i++) {
            Reply ok = api.post("/api/v1/social-media/instagram/sync", Map.of(), ada.accessToken());
            assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        }
        Reply limited = api.post("/api/v1/social-media/instagram/sync", Map.of("accountId", id), ada.accessToken());

        assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(3500L, 3600L);
        assertThat(APIFY.runsFor(FakeApify.IG_SYNC, name)).isEqualTo(4);
        assertThat(snapshots(id)).isEqualTo(4);
    }

    @Test
    void another_users_account_id_is_not_found_and_left_untouched() {
        Session owner = roles.of("INFLUENCER");
        Session other = roles.of("INFLUENCER");
        String name = unique("mine_");
        APIFY.instagram(name, 500);
        String id = api.post("/api/v1/social-media/instagram/connect", Map.of("username", name), owner.accessToken())
                .data().path("id").asText();
        int calls = APIFY.totalRequests();

        assertThat(api.get("/api/v1/social-media/instagram/" + id, other.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/social-media/tiktok/public/" + id, owner.accessToken()).status())
                .as("an Instagram account is not a TikTok account").isEqualTo(404);
        Reply sync = api.post("/api/v1/social-media/instagram/sync", Map.of("accountId", id), other.accessToken());
        assertThat(sync.status()).as(sync.toString()).isEqualTo(404);
        assertThat(sync.code()).isEqualTo("NOT_FOUND");
        assertThat(api.sendRaw("DELETE", "/api/v1/social-media/instagram/" + id, null, other.accessToken(), Map.of())
                .status()).isEqualTo(404);
        assertThat(rows("social_accounts", owner.userId())).isEqualTo(1);
        assertThat(APIFY.totalRequests()).isEqualTo(calls);
        assertThat(api.get("/api/v1/social-media/instagram/not-an-id", owner.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void the_same_profile_linked_by_a_second_user_is_a_conflict_and_nothing_is_linked() {
        Session first = roles.of("INFLUENCER");
        Session second = roles.of("SALON");
        String name = unique("shared_");
        String providerId = APIFY.instagram(name, 800);
        assertThat(api.post("/api/v1/social-media/instagram/connect", Map.of("username", name), first.accessToken())
                .status()).isEqualTo(201);
        APIFY.instagramWithId(name, providerId, 800);

        Reply clash = api.post("/api/v1/social-media/instagram/connect", Map.of("username", name), second.accessToken());

        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.json().path("success").asBoolean()).isFalse();
        assertThat(rows("social_accounts", second.userId())).isZero();
        assertThat(rows("social_accounts", first.userId())).isEqualTo(1);
    }

    @Test
    void bad_input_is_rejected_before_any_call_with_nothing_written() {
        Session ada = roles.of("INFLUENCER");
        for (String bad : new String[] {"", "bad name", ".dot", "dot.", "two..dots", "x".repeat(31), "a/b", "ünï"}) {
            Reply r = api.post("/api/v1/social-media/instagram/connect", Map.of("username", bad), ada.accessToken());
            assertThat(r.status()).as(bad + " " + r).isEqualTo(400);
            assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(r.json().path("details").get(0).path("field").asText()).isEqualTo("username");
        }
        Reply missing = api.post("/api/v1/social-media/tiktok/connect-public", Map.of(), ada.accessToken());
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        Reply tooShort = api.post("/api/v1/social-media/tiktok/connect-public", Map.of("username", "a"), ada.accessToken());
        assertThat(tooShort.status()).isEqualTo(400);
        Reply noBody = api.sendRaw("POST", "/api/v1/social-media/instagram/connect", null, ada.accessToken(), Map.of());
        assertThat(noBody.status()).as(noBody.toString()).isEqualTo(400);
        Reply malformed = api.sendRaw("POST", "/api/v1/social-media/instagram/connect", "{\"username\":", ada.accessToken(),
                Map.of());
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        Reply badId = api.post("/api/v1/social-media/instagram/sync", Map.of("accountId", "nope"), ada.accessToken());
        assertThat(badId.status()).as(badId.toString()).isEqualTo(400);
        assertThat(badId.json().path("details").get(0).path("field").asText()).isEqualTo("accountId");
        Reply nothingLinked = api.post("/api/v1/social-media/instagram/sync", Map.of(), ada.accessToken());
        assertThat(nothingLinked.status()).as(nothingLinked.toString()).isEqualTo(404);

        assertThat(rows("social_accounts", ada.userId())).isZero();
        assertThat(APIFY.totalRequests()).isZero();
    }

    @Test
    void staff_accounts_cannot_link_and_anonymous_callers_are_unauthenticated() {
        Session staff = roles.of("INFLUENCER");
        Sql.execute("UPDATE users SET role = 'ADMIN' WHERE id = ?", UUID.fromString(staff.userId()));
        Session admin = new Accounts(api, new Inbox(MAIL)).login(staff.email(), Accounts.PASSWORD, staff.userId());
        String name = unique("staff_");
        APIFY.instagram(name, 10);

        Reply forbidden = api.post("/api/v1/social-media/instagram/connect", Map.of("username", name), admin.accessToken());
        Reply anonymous = api.post("/api/v1/social-media/tiktok/connect-public", Map.of("username", name));

        assertThat(forbidden.status()).as(forbidden.toString()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("FORBIDDEN");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api.get("/api/v1/social-media/instagram/profile/" + name).status()).isEqualTo(401);
        assertThat(rows("social_accounts", staff.userId())).isZero();
        assertThat(APIFY.totalRequests()).isZero();
    }

    @Test
    void the_nightly_task_resyncs_scraped_accounts_not_synced_for_a_week() throws Exception {
        Session ada = roles.of("INFLUENCER");
        String name = unique("night_");
        APIFY.instagram(name, 100);
        String id = api.post("/api/v1/social-media/instagram/connect", Map.of("username", name), ada.accessToken())
                .data().path("id").asText();
        Sql.execute("UPDATE social_accounts SET last_synced_at = now() - interval '8 days' WHERE id = ?",
                UUID.fromString(id));
        Sql.execute("UPDATE scraped_profiles SET fetched_at = now() - interval '8 days' WHERE username = ?", name);
        APIFY.instagram(name, 150);

        String task = io.ensemble.app.support.AdminTasks.run(api.client(), APP.getAdminPort(), "social-scrape-sync");

        assertThat(task).startsWith("succeeded: ");
        assertThat(snapshots(id)).isEqualTo(2);
        assertThat(Sql.count("SELECT count(*) FROM social_stats_snapshots WHERE account_id = ? AND followers = 150",
                UUID.fromString(id))).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM social_accounts WHERE id = ? AND last_synced_at > now() - interval '1 hour'",
                UUID.fromString(id))).isEqualTo(1);
        assertThat(APIFY.runsFor(FakeApify.IG_SYNC, name)).isEqualTo(2);
    }
}
