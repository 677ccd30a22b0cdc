package io.ensemble.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.AdminTasks;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: {@code GET /api/v1/admin/activity-logs} (seeds/001 §Admin, issue 20 §2) over HTTP on
 * real PostgreSQL: shape, filters, cursor pages, roles, bad input, login records, the daily retention
 * purge run from the admin port, and the table's append-only guard.
 * Records are inserted with SQL (the route only reads); each test filters by its own ids, so records
 * of other tests on the shared database do not disturb it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ActivityLogRouteTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String ROUTE = "/api/v1/admin/activity-logs";
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private Api api;
    private RoleSessions roles;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        roles = new RoleSessions(api, new Inbox(MAIL));
    }

    private static UUID insert(UUID actor, String action, String targetType, String targetId, Instant at,
                               String[] fields, String[] before, String[] after) {
        UUID id = UUID.randomUUID();
        Sql.execute("INSERT INTO audit_records (id, actor_id, action, target_type, target_id, client_address, "
                        + "request_id, changed_fields, values_before, values_after, occurred_at) "
                        + "VALUES (?, ?, ?, ?, ?, '203.0.113.5', 'req-42', ?::text[], ?::text[], ?::text[], ?)",
                id, actor, action, targetType, targetId, array(fields), array(before), array(after),
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        return id;
    }

    private static String array(String[] values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            quoted.add(v == null ? "NULL" : "\"" + v + "\"");
        }
        return "{" + String.join(",", quoted) + "}";
    }

    private static UUID insert(UUID actor, String action, UUID target, Instant at) {
        return insert(actor, action, "user", target.toString(), at, new String[0], new String[0], new String[0]);
    }

    private Reply list(Accounts.Session as, String query) {
        return api.get(ROUTE + query, as.accessToken());
    }

    private static void assertError(Reply r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().path("success").asBoolean(true)).as(r.toString()).isFalse();
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
    }

    @Test
    void an_admin_reads_entries_in_the_seed_shape_filtered_and_in_cursor_pages() {
        Accounts.Session admin = roles.admin();
        UUID actor = UUID.randomUUID();
        UUID victim = UUID.randomUUID();
        UUID suspended = insert(actor, "user_suspended", "user", victim.toString(), T0,
                new String[] {"status", "password"}, new String[] {"ACTIVE", "[REDACTED]"},
                new String[] {"SUSPENDED", null});
        UUID unsuspended = insert(actor, "user_unsuspended", victim, T0.plusSeconds(60));
        UUID roleChange = insert(actor, "role_changed", UUID.randomUUID(), T0.plusSeconds(120));
        UUID someoneElse = insert(UUID.randomUUID(), "user_suspended", victim, T0.plusSeconds(180));

        Reply first = list(admin, "?actorId=" + actor + "&limit=2");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("success").asBoolean()).isTrue();
        assertThat(first.itemIds()).containsExactly(roleChange.toString(), unsuspended.toString());
        String cursor = first.data().path("nextCursor").asText();
        assertThat(cursor).isNotBlank();
        Reply second = list(admin, "?actorId=" + actor + "&limit=2&cursor=" + cursor);
        assertThat(second.itemIds()).containsExactly(suspended.toString());
        assertThat(second.data().path("nextCursor").isNull()).isTrue();

        JsonNode entry = second.data().path("items").get(0);
        assertThat(entry.path("actorId").asText()).isEqualTo(actor.toString());
        assertThat(entry.path("action").asText()).isEqualTo("user_suspended");
        assertThat(entry.path("targetType").asText()).isEqualTo("user");
        assertThat(entry.path("targetId").asText()).isEqualTo(victim.toString());
        assertThat(entry.path("ipAddress").asText()).isEqualTo("203.0.113.5");
        assertThat(entry.path("requestId").asText()).isEqualTo("req-42");
        assertThat(entry.path("createdAt").asText()).isEqualTo("2026-03-01T09:00:00Z");
        assertThat(entry.path("changes").get(0).path("field").asText()).isEqualTo("status");
        assertThat(entry.path("changes").get(0).path("before").asText()).isEqualTo("ACTIVE");
        assertThat(entry.path("changes").get(0).path("after").asText()).isEqualTo("SUSPENDED");
        assertThat(entry.path("changes").get(1).path("before").asText()).isEqualTo("[REDACTED]");
        assertThat(entry.path("changes").get(1).path("after").isNull()).isTrue();

        assertThat(list(admin, "?targetType=user&targetId=" + victim).itemIds())
                .containsExactly(someoneElse.toString(), unsuspended.toString(), suspended.toString());
        assertThat(list(admin, "?targetType=user&targetId=" + victim + "&action=USER_SUSPENDED").itemIds())
                .containsExactly(someoneElse.toString(), suspended.toString());
        assertThat(list(admin, "?actorId=" + actor + "&from=" + T0.plusSeconds(60) + "&to=" + T0.plusSeconds(120))
                .itemIds())
                .containsExactly(unsuspended.toString());
        assertThat(list(admin, "?actorId=" + UUID.randomUUID()).itemIds()).isEmpty();
    }

    @Test
    void failed_and_successful_logins_appear_with_the_client_address_and_request_id() {
        Accounts.Session admin = roles.admin();
        Accounts.Session salon = roles.of("SALON");
        String wrong = Api.toJson(Map.of("email", salon.email(), "password", "Wr0ng-Passw0rd!"));
        Reply failed = api.sendRaw("POST", "/api/v1/auth/login", wrong, null,
                Map.of("X-Request-Id", "audit-login-" + salon.userId()));
        assertThat(failed.status()).as(failed.toString()).isEqualTo(401);
        new Accounts(api, null).login(salon.email(), Accounts.PASSWORD, salon.userId());

        Reply logins = list(admin, "?targetType=user&targetId=" + salon.userId() + "&action=login_failed");
        assertThat(logins.data().path("items")).hasSize(1);
        JsonNode fail = logins.data().path("items").get(0);
        assertThat(fail.path("actorId").isNull()).isTrue();
        assertThat(fail.path("ipAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(fail.path("requestId").asText()).isEqualTo("audit-login-" + salon.userId());
        assertThat(fail.toString()).doesNotContain("Wr0ng");
        assertThat(fail.path("changes").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(fail.path("changes").get(0).path("after").asText()).isEqualTo("wrong_password");

        Reply byUser = list(admin, "?actorId=" + salon.userId() + "&action=login_succeeded");
        assertThat(byUser.data().path("items").size()).as(byUser.toString()).isEqualTo(2); // sign-up login + this one
        assertThat(byUser.data().path("items").get(0).path("targetId").asText()).isEqualTo(salon.userId());
        assertThat(byUser.data().path("items").get(0).path("requestId").asText()).isNotBlank();
    }

    @Test
    void non_admins_get_403_whatever_they_send_and_anonymous_callers_401() {
        Accounts.Session salon = roles.of("SALON");

        assertError(list(salon, ""), 403, "FORBIDDEN");
        assertError(list(salon, "?actorId=nope&action=everything"), 403, "FORBIDDEN");
        assertError(api.get(ROUTE), 401, "UNAUTHENTICATED");
    }

    @Test
    void bad_filters_answer_400_naming_each_field() {
        Accounts.Session admin = roles.admin();

        Reply bad = list(admin, "?actorId=nope&targetType=User!&action=deleted_everything&from=yesterday&to=later");
        assertError(bad, 400, "VALIDATION_FAILED");
        assertThat(bad.invalidFields()).containsExactly("actorId", "targetType", "action", "from", "to");
        assertThat(list(admin, "?targetId=42").invalidFields()).containsExactly("targetId");
        assertThat(list(admin, "?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z").invalidFields())
                .containsExactly("to");
        assertThat(list(admin, "?cursor=not-a-cursor").invalidFields()).containsExactly("cursor");
        assertThat(list(admin, "?limit=ten").invalidFields()).containsExactly("limit");
    }

    @Test
    void the_daily_purge_removes_entries_older_than_the_400_day_retention_and_keeps_the_rest() throws Exception {
        UUID actor = UUID.randomUUID();
        Instant now = Instant.now();
        UUID expired = insert(actor, "role_changed", UUID.randomUUID(), now.minus(java.time.Duration.ofDays(401)));
        UUID kept = insert(actor, "role_changed", UUID.randomUUID(), now.minus(java.time.Duration.ofDays(399)));

        String run = AdminTasks.run(api.client(), APP.getAdminPort(), "audit-retention-purge");

        assertThat(run).startsWith("succeeded: removed ").endsWith(" audit records older than 400 days");
        assertThat(Sql.count("SELECT count(*) FROM audit_records WHERE id = ?", expired)).isZero();
        assertThat(Sql.count("SELECT count(*) FROM audit_records WHERE id = ?", kept)).isEqualTo(1);
    }

    @Test
    void the_database_refuses_to_edit_or_delete_an_entry() {
        UUID id = insert(UUID.randomUUID(), "login_failed", UUID.randomUUID(), T0);

        assertThatThrownBy(() -> Sql.execute("UPDATE audit_records SET action = 'logout' WHERE id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> Sql.execute("DELETE FROM audit_records WHERE id = ?", id))
                .hasMessageContaining("append-only");
        assertThat(Sql.count("SELECT count(*) FROM audit_records WHERE id = ? AND action = 'login_failed'", id))
                .isEqualTo(1);
    }
}
