package io.ensemble.app.agency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Multipart;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import io.ensemble.app.support.TestImages;
import io.ensemble.app.support.WsClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 22 §1 tasks end to end ({@code /api/v1/agency/tasks}): admins create (with a media attachment), filter,
 * edit and delete; assignees see and move their tasks one step and comment, others get 404; {@code task_created}
 * and {@code task_updated} (changed fields only) arrive on the assignee's {@code /ws}; bad input 400 with
 * nothing written.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AgencyTasksTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String ROUTE = "/api/v1/agency/tasks";

    private Api api;
    private AgencyFixture fx;
    private Accounts.Session admin;
    private Accounts.Session member;
    private Accounts.Session other;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        Inbox inbox = new Inbox(MAIL);
        fx = new AgencyFixture(api, inbox);
        admin = new RoleSessions(api, inbox).admin();
        member = fx.member(admin.accessToken(), "assignee");
        other = fx.member(admin.accessToken(), "bystander");
    }

    private Map<String, Object> task(String title, List<String> assignees) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Cut the reel to 30 seconds");
        body.put("assigneeIds", assignees);
        body.put("dueAt", "2031-05-01T12:00:00Z");
        body.put("priority", "high");
        return body;
    }

    private static String runCleanup() {
        try {
            return io.ensemble.app.support.AdminTasks.run(java.net.http.HttpClient.newHttpClient(), APP.getAdminPort(),
                    "media-cleanup");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String upload(Accounts.Session s) {
        Reply r = api.send(new Multipart().text("purpose", "chat_attachment")
                .file("file", "frame.png", "image/png", TestImages.encode("png", 40, 30))
                .post(api.base(), "/api/v1/media/upload"), s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data().path("id").asText();
    }

    @Test
    void the_assignee_gets_task_created_and_task_updated_on_the_socket_and_moves_the_task_one_step() {
        try (WsClient ws = WsClient.connected(APP.getLocalPort(), member.accessToken());
             WsClient adminWs = WsClient.connected(APP.getLocalPort(), admin.accessToken());
             WsClient otherWs = WsClient.connected(APP.getLocalPort(), other.accessToken())) {
            Map<String, Object> body = task("Edit the wedding reel", List.of(member.userId()));
            String attachment = upload(admin);
            body.put("attachmentIds", List.of(attachment));
            Reply created = api.post(ROUTE, body, admin.accessToken());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String id = created.data().path("id").asText();
            assertThat(created.data().path("status").asText()).isEqualTo("todo");
            assertThat(created.data().path("attachmentIds")).hasSize(1);
            assertThat(api.get("/api/v1/media/" + attachment, member.accessToken()).status())
                    .as("the assignee reads the task's attachment").isEqualTo(200);
            assertThat(api.get("/api/v1/media/" + attachment, other.accessToken()).status())
                    .as("a member not on the task does not").isEqualTo(404);
            io.ensemble.app.support.Sql.execute("UPDATE media SET created_at = created_at - interval '3 days' "
                    + "WHERE id = ?", java.util.UUID.fromString(attachment));
            assertThat(runCleanup()).startsWith("succeeded");
            assertThat(io.ensemble.app.support.Sql.count("SELECT count(*) FROM media WHERE id = ?",
                    java.util.UUID.fromString(attachment))).as("a task attachment is not an unattached upload")
                    .isEqualTo(1);
            JsonNode frame = ws.await("task_created", f -> f.path("data").path("task").path("id").asText()
                    .equals(id)).path("data");
            assertThat(frame.path("task").path("assigneeIds").get(0).asText()).isEqualTo(member.userId());
            adminWs.await("task_created", f -> f.path("data").path("task").path("id").asText().equals(id));

            Reply moved = fx.patch(ROUTE + "/" + id, Map.of("status", "in_progress"), member.accessToken());
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            JsonNode updated = ws.await("task_updated", f -> f.path("data").path("taskId").asText().equals(id))
                    .path("data");
            assertThat(updated.path("updates").path("status").asText()).isEqualTo("in_progress");
            assertThat(updated.path("updates").has("title")).isFalse();
            adminWs.await("task_updated", f -> f.path("data").path("taskId").asText().equals(id));
            assertThat(otherWs.receives("task_created", f -> true, java.time.Duration.ofMillis(300))).isFalse();

            Reply jump = fx.patch(ROUTE + "/" + id, Map.of("status", "done"), member.accessToken());
            assertThat(jump.status()).isEqualTo(409);
            assertThat(jump.code()).isEqualTo("ILLEGAL_TRANSITION");
            assertThat(fx.patch(ROUTE + "/" + id, Map.of("status", "todo"), member.accessToken()).status())
                    .isEqualTo(200);
            assertThat(fx.patch(ROUTE + "/" + id, Map.of("title", "Mine now"), member.accessToken()).status())
                    .isEqualTo(403);

            Reply comment = api.post(ROUTE + "/" + id + "/comments", Map.of("body", "First cut uploaded"),
                    member.accessToken());
            assertThat(comment.status()).isEqualTo(201);
            assertThat(api.get(ROUTE + "/" + id + "/comments", admin.accessToken()).itemIds())
                    .containsExactly(comment.data().path("id").asText());
        }
    }

    @Test
    void members_see_only_their_tasks_and_admins_filter_all() {
        String mine = api.post(ROUTE, task("Color grade", List.of(member.userId())), admin.accessToken()).data()
                .path("id").asText();
        String theirs = api.post(ROUTE, task("Sound mix", List.of(other.userId())), admin.accessToken()).data()
                .path("id").asText();
        assertThat(api.get(ROUTE, member.accessToken()).itemIds()).contains(mine).doesNotContain(theirs);
        assertThat(api.get(ROUTE + "?assigneeId=" + other.userId(), member.accessToken()).itemIds()).isEmpty();
        assertThat(api.get(ROUTE + "/" + theirs, member.accessToken()).status()).isEqualTo(404);
        assertThat(fx.patch(ROUTE + "/" + theirs, Map.of("status", "in_progress"), member.accessToken()).status())
                .isEqualTo(404);
        assertThat(api.post(ROUTE + "/" + theirs + "/comments", Map.of("body", "hi"), member.accessToken()).status())
                .isEqualTo(404);

        assertThat(api.get(ROUTE + "?assigneeId=" + other.userId() + "&status=todo&dueFrom=2031-05-01T00:00:00Z"
                + "&dueTo=2031-05-02T00:00:00Z", admin.accessToken()).itemIds()).containsExactly(theirs);
        assertThat(api.get(ROUTE + "?assigneeId=" + other.userId() + "&dueTo=2031-05-01T12:00:00Z",
                admin.accessToken()).itemIds()).isEmpty();
        assertThat(api.get(ROUTE + "?assigneeId=" + member.userId() + "&limit=1", admin.accessToken()).data()
                .path("items")).hasSize(1);
    }

    @Test
    void only_admins_create_edit_and_delete_tasks() {
        assertThat(api.post(ROUTE, task("Self-assigned", List.of(member.userId())), member.accessToken()).status())
                .isEqualTo(403);
        String id = api.post(ROUTE, task("Delete me", List.of(member.userId())), admin.accessToken()).data()
                .path("id").asText();
        assertThat(fx.delete(ROUTE + "/" + id, member.accessToken()).status()).isEqualTo(403);
        Reply edited = fx.patch(ROUTE + "/" + id, Map.of("priority", "urgent", "assigneeIds",
                List.of(member.userId(), other.userId())), admin.accessToken());
        assertThat(edited.data().path("assigneeIds")).hasSize(2);
        assertThat(api.get(ROUTE + "/" + id, other.accessToken()).status()).isEqualTo(200);
        assertThat(fx.delete(ROUTE + "/" + id, admin.accessToken()).status()).isEqualTo(200);
        assertThat(api.get(ROUTE + "/" + id, admin.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void an_unknown_or_inactive_assignee_and_other_bad_input_are_400_naming_the_field_with_nothing_written() {
        String title = "Bad task " + UUID.randomUUID();
        Reply unknown = api.post(ROUTE, task(title, List.of(UUID.randomUUID().toString())), admin.accessToken());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.invalidFields()).containsExactly("assigneeIds");
        fx.patch("/api/v1/agency/members/" + other.userId(), Map.of("status", "inactive"), admin.accessToken());
        assertThat(api.post(ROUTE, task(title, List.of(other.userId())), admin.accessToken()).invalidFields())
                .containsExactly("assigneeIds");
        Map<String, Object> bad = task("", List.of("not-an-id"));
        bad.put("priority", "asap");
        bad.put("dueAt", "tomorrow");
        assertThat(api.post(ROUTE, bad, admin.accessToken()).invalidFields())
                .contains("title", "assigneeIds", "priority", "dueAt");
        Map<String, Object> foreign = task(title, List.of(member.userId()));
        foreign.put("attachmentIds", List.of(upload(member)));
        assertThat(api.post(ROUTE, foreign, admin.accessToken()).invalidFields()).containsExactly("attachmentIds");
        assertThat(api.get(ROUTE + "?status=started", admin.accessToken()).invalidFields()).containsExactly("status");
        assertThat(Sql.count("SELECT count(*) FROM agency_tasks WHERE title = ?", title)).isZero();
        assertThat(Sql.count("SELECT count(*) FROM outbox WHERE payload::text LIKE ?", "%" + title + "%")).isZero();
    }
}
