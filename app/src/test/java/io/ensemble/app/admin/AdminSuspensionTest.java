package io.ensemble.app.admin;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seeds/001 §Admin {@code PATCH /users/:userId/suspend} and {@code /unsuspend} (issue 20 §1): a suspension ends
 * every session and is audited with its reason; a second one is 409; an admin cannot suspend themselves (409);
 * unsuspending lets the user log in again. The socket side, across two nodes, is {@link SuspensionAcrossNodesTest}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminSuspensionTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private static Api api;
    private static AdminRoutes admin;
    private static RoleSessions roles;
    private static Accounts.Session root;

    @BeforeAll
    static void sessions() {
        api = new Api(APP.getLocalPort());
        admin = new AdminRoutes(api);
        roles = new RoleSessions(api, new Inbox(MAIL));
        root = roles.admin();
    }

    private static String status(String userId) {
        return Sql.count("SELECT count(*) FROM users WHERE id = ? AND status = 'SUSPENDED'", UUID.fromString(userId))
                == 1 ? "SUSPENDED" : "ACTIVE";
    }

    @Test
    void suspending_ends_every_session_refuses_login_and_is_audited_then_unsuspend_restores_login() {
        Accounts.Session user = roles.of("INFLUENCER");
        Accounts.Session second = new Accounts(api, new Inbox(MAIL)).login(user.email(), Accounts.PASSWORD,
                user.userId());
        assertThat(api.get("/api/v1/auth/me", user.accessToken()).status()).isEqualTo(200);

        Reply r = admin.suspend(user.userId(), "  Spam in messages ", root);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("status").asText()).isEqualTo("SUSPENDED");
        assertThat(status(user.userId())).isEqualTo("SUSPENDED");
        for (String token : List.of(user.accessToken(), second.accessToken())) {
            assertThat(api.get("/api/v1/auth/me", token).status()).as("the very next request").isEqualTo(401);
        }
        Reply refresh = api.post("/api/v1/auth/refresh", Map.of("refreshToken", user.refreshToken()));
        assertThat(refresh.status()).as(refresh.toString()).isIn(401, 403);
        Reply login = api.post("/api/v1/auth/login", Map.of("email", user.email(), "password", Accounts.PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(403);
        assertThat(login.code()).isEqualTo("ACCOUNT_SUSPENDED");
        assertThat(admin.get(AdminRoutes.USERS + "/" + user.userId(), root).data().path("user").path("status")
                .asText()).isEqualTo("SUSPENDED");
        assertThat(ActivityLogs.read(api, root, "action=user_suspended&targetType=user&targetId=" + user.userId()))
                .singleElement().satisfies(e -> {
                    assertThat(e.path("actorId").asText()).isEqualTo(root.userId());
                    assertThat(e.path("requestId").asText()).isNotBlank();
                    assertThat(ActivityLogs.changes(e)).containsExactly("status: ACTIVE -> SUSPENDED",
                            "reason: null -> Spam in messages");
                });

        Reply again = admin.suspend(user.userId(), "twice", root);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_SUSPENDED");
        assertThat(ActivityLogs.read(api, root, "action=user_suspended&targetType=user&targetId=" + user.userId()))
                .hasSize(1);

        Reply back = admin.unsuspend(user.userId(), root);
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(back.data().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(api.get("/api/v1/auth/me", user.accessToken()).status()).as("revoked sessions stay revoked")
                .isEqualTo(401);
        Reply relogin = api.post("/api/v1/auth/login", Map.of("email", user.email(), "password", Accounts.PASSWORD));
        assertThat(relogin.status()).as(relogin.toString()).isEqualTo(200);
        List<JsonNode> unsuspended = ActivityLogs.read(api, root,
                "action=user_unsuspended&targetType=user&targetId=" + user.userId());
        assertThat(unsuspended).singleElement().satisfies(e ->
                assertThat(ActivityLogs.changes(e)).containsExactly("status: SUSPENDED -> ACTIVE"));

        Reply notSuspended = admin.unsuspend(user.userId(), root);
        assertThat(notSuspended.status()).as(notSuspended.toString()).isEqualTo(409);
        assertThat(notSuspended.code()).isEqualTo("NOT_SUSPENDED");
    }

    @Test
    void an_admin_cannot_suspend_themselves() {
        Reply r = admin.suspend(root.userId(), "oops", root);
        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("CANNOT_SUSPEND_SELF");
        assertThat(status(root.userId())).isEqualTo("ACTIVE");
        assertThat(api.get("/api/v1/auth/me", root.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void a_missing_blank_or_too_long_reason_is_400_naming_reason_and_nothing_changes() {
        Accounts.Session user = roles.of("SALON");
        for (Object body : new Object[] {null, Map.of(), Map.of("reason", "   "), Map.of("reason", "x".repeat(501))}) {
            Reply r = admin.patch(user.userId(), "suspend", body, root);
            assertThat(r.status()).as(body + " " + r).isEqualTo(400);
            assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(r.invalidFields()).containsExactly("reason");
        }
        Reply wrongType = admin.patch(user.userId(), "suspend", Map.of("reason", List.of(1)), root);
        assertThat(wrongType.status()).as(wrongType.toString()).isEqualTo(400);
        assertThat(status(user.userId())).isEqualTo("ACTIVE");
        assertThat(api.get("/api/v1/auth/me", user.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void other_roles_get_403_and_unknown_users_404_and_nothing_changes() {
        Accounts.Session user = roles.of("BRAND");
        Accounts.Session other = roles.of("CREATOR");
        for (Reply r : List.of(admin.suspend(user.userId(), "no", other), admin.unsuspend(user.userId(), other))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            assertThat(r.code()).isEqualTo("FORBIDDEN");
        }
        assertThat(status(user.userId())).isEqualTo("ACTIVE");
        for (String id : List.of(UUID.randomUUID().toString(), "nope")) {
            assertThat(admin.suspend(id, "gone", root).status()).isEqualTo(404);
            assertThat(admin.unsuspend(id, root).status()).isEqualTo(404);
        }
        assertThat(ActivityLogs.read(api, root, "actorId=" + other.userId() + "&targetType=user&targetId="
                + user.userId())).isEmpty();
        assertThat(ActivityLogs.read(api, root, "action=user_suspended&targetType=user&targetId=" + user.userId()))
                .isEmpty();
    }
}
