package io.ensemble.app.moderation;

import static io.ensemble.app.moderation.ModerationFixture.ADMIN_REPORTS;
import static io.ensemble.app.moderation.ModerationFixture.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.ActivityLogs;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import io.ensemble.app.support.WsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: the admins' report queue {@code /api/v1/admin/reports} (issue 20 §3): list with filters and
 * cursor pages, one report, and resolve with {@code dismiss}, {@code remove_content} (the message is a
 * tombstone for both members, a package is deactivated, the author is notified, the resolution is in the
 * audit trail) or {@code suspend_user} (identity's suspension: sessions end, {@code user_suspended} audited);
 * non-admins get 403; bad input 400 naming the field with nothing changed.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ReportAdminRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private ModerationFixture fx;
    private Accounts.Session admin;
    private Accounts.Session alice;
    private Accounts.Session bob;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        RoleSessions roles = new RoleSessions(api, new Inbox(MAIL));
        fx = new ModerationFixture(api);
        admin = roles.admin();
        alice = roles.of("INFLUENCER");
        bob = roles.of("CREATOR");
    }

    private static String statusOf(String reportId) {
        return Sql.count("SELECT count(*) FROM reports WHERE id = ? AND status = 'open'", UUID.fromString(reportId)) == 1
                ? "open" : "resolved";
    }

    private List<JsonNode> notificationsOf(Accounts.Session who) {
        Reply r = api.get("/api/v1/notifications?limit=100", who.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        r.data().path("items").forEach(items::add);
        return items;
    }

    @Test
    void remove_content_tombstones_the_message_for_both_members_notifies_the_author_and_is_audited() {
        String conversation = fx.direct(alice, bob);
        String message = fx.sendText(bob, conversation, "something nasty");
        String report = fx.reported(alice, "message", message);
        WsClient aliceWs = WsClient.connected(APP.getLocalPort(), alice.accessToken());
        assertThat(aliceWs.request("join_conversation", Map.of("conversationId", conversation))
                .path("success").asBoolean()).isTrue();

        Reply resolved = fx.resolve(admin, report, "remove_content");

        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.data().path("status").asText()).isEqualTo("resolved");
        JsonNode resolution = resolved.data().path("resolution");
        assertThat(resolution.path("action").asText()).isEqualTo("remove_content");
        assertThat(resolution.path("note").asText()).isEqualTo("checked");
        assertThat(resolution.path("resolvedBy").asText()).isEqualTo(admin.userId());
        for (Accounts.Session member : List.of(alice, bob)) {
            JsonNode seen = fx.messageAsSeenBy(member, conversation, message);
            assertThat(seen.path("deleted").asBoolean()).as("deleted for " + member.email()).isTrue();
            assertThat(seen.path("content").isNull()).as("content for " + member.email()).isTrue();
        }
        assertThat(Sql.count("SELECT count(*) FROM messages WHERE id = ? AND deleted AND content IS NULL",
                UUID.fromString(message))).isEqualTo(1);
        JsonNode live = aliceWs.await("message_deleted", f -> f.path("data").path("id").asText().equals(message));
        assertThat(live.path("data").path("deleted").asBoolean()).isTrue();
        aliceWs.close();
        assertThat(notificationsOf(bob)).anySatisfy(n -> {
            assertThat(n.path("type").asText()).isEqualTo("CONTENT_REMOVED");
            assertThat(n.path("subjectId").asText()).isEqualTo(message);
        });
        assertThat(notificationsOf(alice)).noneSatisfy(n -> assertThat(n.path("type").asText())
                .isEqualTo("CONTENT_REMOVED"));
        List<JsonNode> audit = ActivityLogs.read(api, admin, "action=report_resolved&targetType=report&targetId=" + report);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).path("actorId").asText()).isEqualTo(admin.userId());
        assertThat(ActivityLogs.changes(audit.get(0))).contains("action: null -> remove_content");

        assertError(fx.resolve(admin, report, "dismiss"), 409, "REPORT_RESOLVED");
        assertThat(ActivityLogs.read(api, admin, "action=report_resolved&targetType=report&targetId=" + report))
                .hasSize(1);
    }

    @Test
    void remove_content_deactivates_a_package_and_notifies_its_creator() {
        String pkg = fx.createPackage(bob);
        String report = fx.reported(alice, "package", pkg);

        assertThat(fx.resolve(admin, report, "remove_content").status()).isEqualTo(200);

        Reply listed = api.get("/api/v1/packages/creator/" + bob.userId());
        assertThat(listed.toString()).doesNotContain(pkg);
        assertThat(Sql.count("SELECT count(*) FROM packages WHERE id = ? AND NOT active", UUID.fromString(pkg)))
                .isEqualTo(1);
        assertThat(notificationsOf(bob)).anySatisfy(n -> {
            assertThat(n.path("type").asText()).isEqualTo("CONTENT_REMOVED");
            assertThat(n.path("subjectId").asText()).isEqualTo(pkg);
        });
    }

    @Test
    void dismiss_changes_nothing_but_the_report_and_the_queue_filters_by_status_and_type() {
        String conversation = fx.direct(alice, bob);
        String message = fx.sendText(bob, conversation, "borderline");
        String report = fx.reported(alice, "message", message);
        String userReport = fx.reported(alice, "user", bob.userId());

        Reply one = api.get(ADMIN_REPORTS + "/" + report, admin.accessToken());
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.data().path("targetId").asText()).isEqualTo(message);
        assertThat(allIds("?status=open&targetType=message")).contains(report).doesNotContain(userReport);

        Reply dismissed = fx.resolve(admin, report, "dismiss");
        assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
        assertThat(dismissed.data().path("resolution").path("action").asText()).isEqualTo("dismiss");
        assertThat(fx.messageAsSeenBy(alice, conversation, message).path("content").asText()).isEqualTo("borderline");
        assertThat(allIds("?status=resolved")).contains(report).doesNotContain(userReport);
        assertThat(allIds("?status=open")).contains(userReport).doesNotContain(report);
        assertThat(allIds("?targetType=user")).contains(userReport).doesNotContain(report);
    }

    /** Follows {@code nextCursor} with pages of 2; fails on a repeated id. */
    private List<String> allIds(String filter) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Reply page = api.get(ADMIN_REPORTS + filter + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    admin.accessToken());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            for (String id : page.itemIds()) {
                assertThat(ids).as("repeated across pages").doesNotContain(id);
                ids.add(id);
            }
            cursor = page.data().path("nextCursor").isNull() ? null : page.data().path("nextCursor").asText();
        } while (cursor != null);
        return ids;
    }

    @Test
    void suspend_user_suspends_the_author_ends_their_sessions_and_is_audited() {
        String conversation = fx.direct(alice, bob);
        String message = fx.sendText(bob, conversation, "threats");
        String report = fx.reported(alice, "message", message);
        String second = fx.reported(alice, "user", bob.userId());

        Reply resolved = fx.resolve(admin, report, "suspend_user");

        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.data().path("resolution").path("action").asText()).isEqualTo("suspend_user");
        assertThat(Sql.count("SELECT count(*) FROM users WHERE id = ? AND status = 'SUSPENDED'",
                UUID.fromString(bob.userId()))).isEqualTo(1);
        assertThat(api.get("/api/v1/notifications", bob.accessToken()).status()).isEqualTo(401);
        assertThat(fx.messageAsSeenBy(alice, conversation, message).path("content").asText()).isEqualTo("threats");
        assertThat(ActivityLogs.read(api, admin, "action=user_suspended&targetType=user&targetId=" + bob.userId()))
                .singleElement().satisfies(e -> assertThat(ActivityLogs.changes(e)).contains("reason: null -> checked"));
        assertThat(ActivityLogs.read(api, admin, "action=report_resolved&targetType=report&targetId=" + report))
                .hasSize(1);

        Reply again = fx.resolve(admin, second, "suspend_user");
        assertThat(again.status()).as("an author already suspended stays so: " + again).isEqualTo(200);
        assertThat(ActivityLogs.read(api, admin, "action=user_suspended&targetType=user&targetId=" + bob.userId()))
                .hasSize(1);
    }

    @Test
    void non_admins_are_forbidden_on_every_admin_route_and_nothing_changes() {
        String report = fx.reported(alice, "user", bob.userId());
        for (Accounts.Session who : List.of(alice, bob)) {
            assertError(api.get(ADMIN_REPORTS, who.accessToken()), 403, "FORBIDDEN");
            assertError(api.get(ADMIN_REPORTS + "/" + report, who.accessToken()), 403, "FORBIDDEN");
            assertError(fx.resolve(who, report, "dismiss"), 403, "FORBIDDEN");
            assertError(api.get(ADMIN_REPORTS + "?status=bogus", who.accessToken()), 403, "FORBIDDEN");
        }
        assertThat(statusOf(report)).isEqualTo("open");
    }

    @Test
    void bad_input_names_the_field_and_changes_nothing() {
        String report = fx.reported(alice, "user", bob.userId());

        Reply status = api.get(ADMIN_REPORTS + "?status=closed", admin.accessToken());
        assertError(status, 400, "VALIDATION_FAILED");
        assertThat(status.invalidFields()).containsExactly("status");
        Reply type = api.get(ADMIN_REPORTS + "?targetType=comment", admin.accessToken());
        assertThat(type.invalidFields()).containsExactly("targetType");
        assertThat(api.get(ADMIN_REPORTS + "?cursor=nonsense", admin.accessToken()).invalidFields())
                .containsExactly("cursor");

        Reply action = fx.resolve(admin, report, "ban_forever");
        assertError(action, 400, "VALIDATION_FAILED");
        assertThat(action.invalidFields()).containsExactly("action");
        Reply empty = api.post(ADMIN_REPORTS + "/" + report + "/resolve", Map.of(), admin.accessToken());
        assertThat(empty.invalidFields()).containsExactly("action");
        Reply notRemovable = fx.resolve(admin, report, "remove_content");
        assertError(notRemovable, 400, "VALIDATION_FAILED");
        assertThat(notRemovable.invalidFields()).containsExactly("action");
        assertThat(statusOf(report)).isEqualTo("open");
        assertThat(ActivityLogs.read(api, admin, "action=report_resolved&targetType=report&targetId=" + report))
                .isEmpty();
        String ofAdmin = fx.reported(alice, "user", admin.userId());
        Reply self = fx.resolve(admin, ofAdmin, "suspend_user");
        assertError(self, 400, "VALIDATION_FAILED");
        assertThat(self.invalidFields()).containsExactly("action");
        assertThat(statusOf(ofAdmin)).isEqualTo("open");

        assertError(api.get(ADMIN_REPORTS + "/" + UUID.randomUUID(), admin.accessToken()), 404, "NOT_FOUND");
        assertError(fx.resolve(admin, UUID.randomUUID().toString(), "dismiss"), 404, "NOT_FOUND");
    }
}
