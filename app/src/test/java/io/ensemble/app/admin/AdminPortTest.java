package io.ensemble.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end, issue 29 §2: the admin port listens on loopback only, jobs start in the background with a
 * run id and are listed on {@code GET /tasks/runs} and {@code GET /api/v1/admin/job-runs}; without an admin
 * token {@code /threads} and {@code /pprof} are off, {@code log-level} is gone and browsers cannot start tasks.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminPortTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Api api;
    private RoleSessions roles;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        roles = new RoleSessions(api, new Inbox(MAIL));
    }

    /** An account promoted to ADMIN in the database, logged in again so its token carries the role. */
    private Accounts.Session admin() {
        Accounts.Session s = roles.of("BRAND");
        Sql.execute("UPDATE users SET role = 'ADMIN' WHERE id = ?", java.util.UUID.fromString(s.userId()));
        return new Accounts(api, null).login(s.email(), Accounts.PASSWORD, s.userId());
    }

    private HttpResponse<String> admin(HttpRequest.Builder request) throws Exception {
        return api.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder adminRequest(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getAdminPort() + path));
    }

    @Test
    void the_admin_connector_listens_on_loopback_only() throws Exception {
        int adminPort = APP.getAdminPort();
        List<String> hosts = new ArrayList<>();
        for (Connector c : APP.getEnvironment().getAdminContext().getServer().getConnectors()) {
            if (c instanceof ServerConnector sc && sc.getLocalPort() == adminPort) {
                hosts.add(sc.getHost());
            }
        }
        assertThat(hosts).containsExactly("127.0.0.1");
        // what `ss -ltn` shows: the only listening socket on the admin port is 127.0.0.1:<port> (IPv4, or the
        // IPv4-mapped IPv6 address when the JVM opens dual-stack sockets)
        String port = String.format(Locale.ROOT, "%04X", adminPort);
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Files.readAllLines(Path.of(table)).stream().skip(1).map(String::trim).map(l -> l.split("\\s+"))
                    .filter(f -> f[1].endsWith(":" + port) && f[3].equals("0A")).forEach(f -> listening.add(f[1]));
        }
        assertThat(listening).singleElement().isIn("0100007F:" + port,
                "0000000000000000FFFF00000100007F:" + port);
    }

    @Test
    void a_task_answers_202_with_a_run_id_and_the_run_is_listed_when_it_finished() throws Exception {
        HttpResponse<String> started = admin(adminRequest("/tasks/media-cleanup")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode body = JSON.readTree(started.body());
        assertThat(body.path("job").asText()).isEqualTo("media-cleanup");
        String runId = body.path("runId").asText();
        JsonNode run = AdminTasks.awaitFinished(api.client(), APP.getAdminPort(), "media-cleanup", runId);
        assertThat(run.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.path("trigger").asText()).isEqualTo("OPERATOR");
        assertThat(run.path("startedAt").asText()).isNotBlank();
        assertThat(run.path("finishedAt").asText()).isNotBlank();
        assertThat(run.path("error").isNull()).isTrue();

        HttpResponse<String> all = admin(adminRequest("/tasks/runs?limit=1").GET());
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(all.body()).path("items")).hasSize(1);
    }

    @Test
    void the_run_list_rejects_a_bad_filter_and_unknown_routes_are_404() throws Exception {
        HttpResponse<String> bad = admin(adminRequest("/tasks/runs?job=Not%20A%20Job").GET());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("code").asText()).isEqualTo("VALIDATION_FAILED");
        HttpResponse<String> badLimit = admin(adminRequest("/tasks/runs?limit=ten").GET());
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(admin(adminRequest("/tasks/no-such-job").POST(HttpRequest.BodyPublishers.noBody())).statusCode())
                .isEqualTo(404);
    }

    @Test
    void browsers_cannot_start_tasks() throws Exception {
        HttpResponse<String> withOrigin = admin(adminRequest("/tasks/media-cleanup")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(withOrigin.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(withOrigin.body()).path("code").asText()).isEqualTo("FORBIDDEN");
        HttpResponse<String> form = admin(adminRequest("/tasks/media-cleanup")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=b")));
        assertThat(form.statusCode()).isEqualTo(403);
        HttpResponse<String> gcForm = admin(adminRequest("/tasks/gc")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(gcForm.statusCode()).isEqualTo(403);
    }

    @Test
    void without_an_admin_token_threads_pprof_and_log_level_are_off() throws Exception {
        assertThat(admin(adminRequest("/threads").GET()).statusCode()).isEqualTo(404);
        assertThat(admin(adminRequest("/pprof").GET()).statusCode()).isEqualTo(404);
        assertThat(admin(adminRequest("/tasks/log-level?logger=ROOT&level=DEBUG")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(404);
        // percent-encoded, the servlet container still maps it to the task: the filter must see it too
        assertThat(admin(adminRequest("/tasks/log%2Dlevel?logger=ROOT&level=DEBUG")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(404);
        assertThat(admin(adminRequest("/thr%65ads").GET()).statusCode()).isEqualTo(404);
        assertThat(admin(adminRequest("/healthcheck").GET()).statusCode()).isEqualTo(200);
        assertThat(admin(adminRequest("/ping").GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void admins_list_job_runs_on_the_api_in_cursor_pages() throws Exception {
        for (int i = 0; i < 2; i++) {
            AdminTasks.run(api.client(), APP.getAdminPort(), "media-cleanup");
        }
        var admin = admin();

        Reply first = api.get("/api/v1/admin/job-runs?job=media-cleanup&limit=1", admin.accessToken());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.data().path("items")).hasSize(1);
        JsonNode newest = first.data().path("items").get(0);
        assertThat(newest.path("job").asText()).isEqualTo("media-cleanup");
        String cursor = first.data().path("nextCursor").asText();
        assertThat(cursor).isNotBlank();
        Reply second = api.get("/api/v1/admin/job-runs?job=media-cleanup&limit=1&cursor=" + cursor,
                admin.accessToken());
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.data().path("items").get(0).path("id").asText())
                .isNotEqualTo(newest.path("id").asText());
        assertThat(second.data().path("items").get(0).path("startedAt").asText())
                .isLessThanOrEqualTo(newest.path("startedAt").asText());
    }

    @Test
    void the_job_run_route_is_for_admins_only_and_checks_its_input() {
        var member = roles.of("MEMBER");
        var admin = admin();

        assertThat(api.get("/api/v1/admin/job-runs").status()).isEqualTo(401);
        Reply forbidden = api.get("/api/v1/admin/job-runs", member.accessToken());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("FORBIDDEN");
        Reply badJob = api.get("/api/v1/admin/job-runs?job=DROP%20TABLE", admin.accessToken());
        assertThat(badJob.status()).isEqualTo(400);
        assertThat(badJob.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get("/api/v1/admin/job-runs?cursor=nope", admin.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/admin/job-runs?limit=x", admin.accessToken()).status()).isEqualTo(400);
    }
}
