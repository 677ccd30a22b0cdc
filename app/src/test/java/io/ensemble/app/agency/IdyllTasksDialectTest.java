package io.ensemble.app.agency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 22 §3, with {@code clientProfile: idyll}: seeds/003's {@code /api/applications}, {@code /api/users} and
 * {@code /api/tasks} (+ {@code /user/:userId}) answer bare bodies and bare arrays over the agency use cases,
 * errors as {@code {error, message}}; admins only where the native routes are; another member's tasks 404.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class IdyllTasksDialectTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("clientProfile", "idyll"));

    private Api api;
    private AgencyFixture fx;
    private Accounts.Session admin;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        Inbox inbox = new Inbox(MAIL);
        fx = new AgencyFixture(api, inbox);
        admin = new RoleSessions(api, inbox).admin();
    }

    private static void assertIdyllError(Reply r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().path("error").asText()).isNotBlank();
        assertThat(r.json().path("message").asText()).isNotBlank();
        assertThat(r.json().has("success")).isFalse();
        assertThat(r.json().has("code")).isFalse();
    }

    private Accounts.Session invitedMember(String prefix) {
        String email = Accounts.uniqueEmail(prefix);
        Reply invited = api.post("/api/users", Map.of("name", "Idyll " + prefix, "email", email), admin.accessToken());
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.json().path("status").asText()).isEqualTo("active");
        assertThat(fx.setPassword(fx.inviteToken(email)).status()).isEqualTo(200);
        return new Accounts(api, new Inbox(MAIL)).login(email, AgencyFixture.NEW_PASSWORD,
                invited.json().path("id").asText());
    }

    @Test
    void applications_are_public_to_file_and_bare_to_approve() {
        String email = Accounts.uniqueEmail("idyll-applicant");
        Reply applied = api.post("/api/applications", Map.of("name", "Ida", "email", email, "roleAppliedFor", "Editor"));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(applied.json().path("status").asText()).isEqualTo("pending");
        String id = applied.json().path("id").asText();
        Reply list = api.get("/api/applications?status=pending", admin.accessToken());
        assertThat(list.json().isArray()).isTrue();
        assertThat(list.json().findValuesAsText("id")).contains(id);
        Reply approved = fx.put("/api/applications/" + id + "/approve", Map.of(), admin.accessToken());
        assertThat(approved.json().path("status").asText()).isEqualTo("approved");
        assertIdyllError(fx.put("/api/applications/" + id + "/approve", Map.of(), admin.accessToken()), 409);
        assertThat(fx.inviteToken(email)).isNotBlank();

        Reply bad = api.post("/api/applications", Map.of("name", "Ida", "email", "nope"));
        assertIdyllError(bad, 400);
        assertThat(bad.json().path("message").asText()).contains("email:");
        Accounts.Session member = invitedMember("idyll-plain");
        assertIdyllError(fx.put("/api/applications/" + id + "/reject", Map.of(), member.accessToken()), 403);
        assertThat(fx.delete("/api/applications/" + id, admin.accessToken()).json().path("success").asBoolean())
                .isTrue();
    }

    @Test
    void users_are_invited_listed_edited_and_deactivated_by_admins() {
        Accounts.Session member = invitedMember("idyll-user");
        Reply users = api.get("/api/users?q=" + member.email(), admin.accessToken());
        assertThat(users.json().isArray()).isTrue();
        assertThat(users.json().findValuesAsText("id")).containsExactly(member.userId());
        Reply edited = fx.put("/api/users/" + member.userId(), Map.of("name", "Renamed", "role", "ADMIN"),
                admin.accessToken());
        assertThat(edited.json().path("role").asText()).isEqualTo("ADMIN");
        assertIdyllError(api.get("/api/users", new RoleSessions(api, new Inbox(MAIL)).of("BRAND").accessToken()), 403);
        assertIdyllError(api.post("/api/users", Map.of("name", "Twin", "email", member.email()), admin.accessToken()),
                409);
        assertThat(fx.delete("/api/users/" + member.userId(), admin.accessToken()).json().path("success").asBoolean())
                .isTrue();
        assertThat(Sql.count("SELECT count(*) FROM users WHERE id = ?::uuid AND status = 'SUSPENDED'",
                member.userId())).isEqualTo(1);
    }

    @Test
    void tasks_in_the_seed_shape_with_the_users_list_paged_by_cursor_and_others_hidden() {
        Accounts.Session member = invitedMember("idyll-assignee");
        Accounts.Session other = invitedMember("idyll-other");
        List<String> ids = new ArrayList<>();
        for (String title : List.of("Storyboard", "Shoot")) {
            Reply created = api.post("/api/tasks", Map.of("title", title, "assigneeIds", List.of(member.userId()),
                    "priority", "medium"), admin.accessToken());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.json().path("status").asText()).isEqualTo("todo");
            ids.add(created.json().path("id").asText());
        }
        Reply first = api.get("/api/tasks/user/" + member.userId() + "?limit=1", member.accessToken());
        assertThat(first.json().isArray()).isTrue();
        assertThat(first.json()).hasSize(1);
        String cursor = first.header("X-Next-Cursor");
        assertThat(cursor).isNotBlank();
        Reply second = api.get("/api/tasks/user/" + member.userId() + "?limit=1&cursor=" + cursor,
                member.accessToken());
        List<String> seen = new ArrayList<>(first.json().findValuesAsText("id"));
        seen.addAll(second.json().findValuesAsText("id"));
        assertThat(seen).containsExactlyInAnyOrder(ids.toArray(String[]::new));

        assertIdyllError(api.get("/api/tasks/user/" + member.userId(), other.accessToken()), 404);
        assertThat(api.get("/api/tasks", other.accessToken()).json()).isEmpty();
        JsonNode moved = fx.put("/api/tasks/" + ids.get(0), Map.of("status", "in_progress"), member.accessToken())
                .json();
        assertThat(moved.path("status").asText()).isEqualTo("in_progress");
        assertIdyllError(fx.put("/api/tasks/" + ids.get(0), Map.of("status", "todo"), other.accessToken()), 404);
        assertIdyllError(api.post("/api/tasks", Map.of("title", "x", "assigneeIds", List.of("nobody")),
                admin.accessToken()), 400);
        assertIdyllError(fx.delete("/api/tasks/" + ids.get(1), member.accessToken()), 403);
        assertThat(fx.delete("/api/tasks/" + ids.get(1), admin.accessToken()).json().path("success").asBoolean())
                .isTrue();
        assertIdyllError(api.get("/api/tasks"), 401);
    }
}
