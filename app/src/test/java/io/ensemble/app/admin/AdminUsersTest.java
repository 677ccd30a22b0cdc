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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seeds/001 §Admin {@code GET /users}, {@code GET /users/:userId} (issue 20 §1): admins search accounts by name or
 * e-mail, role and status in cursor pages, and read one user's detail; everyone else gets 403.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminUsersTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String USERS = AdminRoutes.USERS;

    private static Api api;
    private static AdminRoutes admin;
    private static Accounts.Session root;
    private static Accounts.Session salon;
    private static Accounts.Session creator;

    @BeforeAll
    static void sessions() {
        api = new Api(APP.getLocalPort());
        admin = new AdminRoutes(api);
        RoleSessions roles = new RoleSessions(api, new Inbox(MAIL));
        root = roles.admin();
        salon = roles.of("SALON");
        creator = roles.of("CREATOR");
    }

    @Test
    void an_admin_finds_a_user_by_part_of_the_email_or_name_with_role_and_status() {
        String local = salon.email().substring(0, salon.email().indexOf('@'));
        Reply byEmail = admin.get(USERS + "?q=" + local.toUpperCase(), root);
        assertThat(AdminRoutes.ids(byEmail)).containsExactly(salon.userId());
        JsonNode item = byEmail.data().path("items").get(0);
        assertThat(item.path("email").asText()).isEqualTo(salon.email());
        assertThat(item.path("role").asText()).isEqualTo("SALON");
        assertThat(item.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(item.has("passwordHash")).isFalse();

        assertThat(AdminRoutes.ids(admin.get(USERS + "?q=" + local + "&role=salon&status=active", root)))
                .containsExactly(salon.userId());
        assertThat(AdminRoutes.ids(admin.get(USERS + "?q=" + local + "&role=CREATOR", root))).isEmpty();
        assertThat(AdminRoutes.ids(admin.get(USERS + "?q=" + local + "&status=SUSPENDED", root))).isEmpty();
        assertThat(AdminRoutes.ids(admin.get(USERS + "?q=Test%20CREATOR&role=CREATOR&limit=100", root))).contains(creator.userId())
                .doesNotContain(salon.userId());
    }

    @Test
    void the_list_is_newest_first_in_cursor_pages_without_repeats() {
        Reply first = admin.get(USERS + "?limit=2", root);
        List<String> page1 = AdminRoutes.ids(first);
        assertThat(page1).hasSize(2);
        String cursor = first.data().path("nextCursor").asText();
        assertThat(cursor).isNotBlank();
        List<String> page2 = AdminRoutes.ids(admin.get(USERS + "?limit=2&cursor=" + cursor, root));
        assertThat(page2).isNotEmpty().doesNotContainAnyElementsOf(page1);
        List<String> all = AdminRoutes.ids(admin.get(USERS + "?limit=100", root));
        assertThat(all.subList(0, page1.size() + page2.size())).containsExactlyElementsOf(
                java.util.stream.Stream.concat(page1.stream(), page2.stream()).toList());
    }

    @Test
    void bad_filters_are_400_naming_the_field() {
        Reply role = admin.get(USERS + "?role=WIZARD", root);
        assertThat(role.status()).as(role.toString()).isEqualTo(400);
        assertThat(role.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(role.invalidFields()).containsExactly("role");
        assertThat(admin.get(USERS + "?status=BANNED&role=x", root).invalidFields()).containsExactlyInAnyOrder("status", "role");
        assertThat(admin.get(USERS + "?q=" + "a".repeat(101), root).invalidFields()).containsExactly("q");
        assertThat(admin.get(USERS + "?cursor=nonsense", root).invalidFields()).containsExactly("cursor");
        assertThat(admin.get(USERS + "?limit=abc", root).invalidFields()).containsExactly("limit");
    }

    @Test
    void other_roles_get_403_on_every_user_route() {
        for (Accounts.Session who : List.of(salon, creator)) {
            for (String path : List.of(USERS, USERS + "?role=nonsense", USERS + "/" + salon.userId())) {
                Reply r = admin.get(path, who);
                assertThat(r.status()).as(path + " " + r).isEqualTo(403);
                assertThat(r.code()).isEqualTo("FORBIDDEN");
                assertThat(r.json().path("success").asBoolean(true)).isFalse();
            }
        }
        assertThat(api.get(USERS).status()).isEqualTo(401);
    }

    @Test
    void the_detail_has_profile_social_accounts_counts_and_recent_activity() {
        Reply onboard = api.post("/api/v1/onboarding/creator", Map.of("bio", "Detail bio",
                "categories", List.of("fitness"), "region", "Detailland"), creator.accessToken());
        assertThat(onboard.status()).as(onboard.toString()).isEqualTo(200);
        Reply request = api.post("/api/v1/connections/request", Map.of("receiverId", salon.userId()),
                creator.accessToken());
        assertThat(request.status()).as(request.toString()).isEqualTo(201);

        Reply r = admin.get(USERS + "/" + creator.userId(), root);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode d = r.data();
        assertThat(d.path("user").path("id").asText()).isEqualTo(creator.userId());
        assertThat(d.path("user").path("email").asText()).isEqualTo(creator.email());
        assertThat(d.path("profile").path("bio").asText()).isEqualTo("Detail bio");
        assertThat(d.path("profile").path("verified").asBoolean(true)).isFalse();
        assertThat(d.path("socialAccounts").isArray()).isTrue();
        assertThat(d.path("connections").path("pendingSent").asLong()).isEqualTo(1);
        assertThat(d.path("connections").path("accepted").asLong()).isZero();
        assertThat(d.path("orders").path("total").asLong()).isZero();
        List<String> actions = new ArrayList<>();
        d.path("recentActivity").forEach(e -> actions.add(e.path("action").asText()));
        assertThat(actions).as("the user's own logins are activity by them").contains("login_succeeded");

        Reply salonDetail = admin.get(USERS + "/" + salon.userId(), root);
        assertThat(salonDetail.data().path("connections").path("pendingReceived").asLong()).isEqualTo(1);
        assertThat(salonDetail.data().path("profile").isNull()).as(salonDetail.toString()).isTrue();
    }

    @Test
    void unknown_or_malformed_user_ids_are_404() {
        for (String id : List.of(UUID.randomUUID().toString(), "not-an-id")) {
            Reply r = admin.get(USERS + "/" + id, root);
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.code()).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void reading_users_leaves_no_audit_record() {
        admin.get(USERS + "/" + salon.userId(), root);
        assertThat(ActivityLogs.read(api, root, "actorId=" + root.userId() + "&targetType=user&targetId="
                + salon.userId())).isEmpty();
    }
}
