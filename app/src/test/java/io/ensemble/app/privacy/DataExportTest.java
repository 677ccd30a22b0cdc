package io.ensemble.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.privacy.PrivacyFixtures.Person;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.SharedDatabase;
import io.ensemble.app.support.Sql;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: the data export (issue 20 §4) over HTTP on real PostgreSQL: {@code POST/GET
 * /api/v1/account/export}, the zip behind the signed link (every table with a user-id column covered,
 * the user's rows and files, no secrets), link signature and expiry, authorization and bad input.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DataExportTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String ROUTE = "/api/v1/account/export";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Api api;
    private PrivacyFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        fixtures = new PrivacyFixtures(api, new Inbox(MAIL));
    }

    private Reply awaitBuilt(Person who) {
        return Awaitility.await("export of " + who.id()).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get(ROUTE, who.token()), r -> r.status() == 200
                        && "DONE".equals(r.data().path("request").path("status").asText()));
    }

    private HttpResponse<byte[]> download(String pathAndQuery) throws IOException, InterruptedException {
        return api.client().send(HttpRequest.newBuilder(URI.create(api.base() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** @return entry name → content of the zip */
    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Every table with a column referencing {@code users(id)}, from information_schema. */
    private static TreeSet<String> tablesWithUserIds() throws SQLException {
        TreeSet<String> tables = new TreeSet<>();
        tables.add("users");
        try (Connection c = SharedDatabase.get().dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("""
                     SELECT DISTINCT tc.table_name FROM information_schema.table_constraints tc
                       JOIN information_schema.constraint_column_usage ccu
                         ON ccu.constraint_name = tc.constraint_name AND ccu.constraint_schema = tc.constraint_schema
                      WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_name = 'users' AND ccu.column_name = 'id'
                        AND tc.table_schema = current_schema()""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    @Test
    void the_export_holds_every_table_with_a_user_id_the_users_rows_and_files_behind_a_signed_link() throws Exception {
        Person erin = fixtures.person("CREATOR");
        Person brand = fixtures.person("BRAND");
        Person admin = fixtures.admin();
        var history = fixtures.richHistory(erin, brand, admin);

        Reply started = api.post(ROUTE, null, erin.token());
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.data().path("request").path("kind").asText()).isEqualTo("EXPORT");
        Reply built = awaitBuilt(erin);
        String url = built.data().path("downloadUrl").asText();
        assertThat(url).startsWith(ROUTE + "/download/").contains("expires=").contains("signature=");
        assertThat(built.data().path("expiresAt").asText()).isNotBlank();

        HttpResponse<byte[]> zip = download(url);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, byte[]> entries = unzip(zip.body());
        TreeSet<String> exported = new TreeSet<>();
        entries.keySet().stream().filter(n -> n.startsWith("data/"))
                .forEach(n -> exported.add(n.substring("data/".length(), n.length() - ".json".length())));
        assertThat(exported).as("every table with a user id is exported by some context")
                .containsAll(tablesWithUserIds());

        JsonNode users = JSON.readTree(entries.get("data/users.json"));
        assertThat(users).hasSize(1);
        assertThat(users.get(0).path("email").asText()).isEqualTo(erin.email());
        assertThat(users.get(0).has("password_hash")).isFalse();
        assertThat(JSON.readTree(entries.get("data/profiles.json")).get(0).path("phone").asText()).isEqualTo(erin.phone());
        assertThat(new String(entries.get("data/orders.json"), StandardCharsets.UTF_8)).contains(history.orderId());
        assertThat(new String(entries.get("data/messages.json"), StandardCharsets.UTF_8)).contains(history.ownMessageId())
                .doesNotContain(history.otherMessageId());
        assertThat(JSON.readTree(entries.get("data/push_devices.json")).get(0).has("token")).isFalse();
        assertThat(JSON.readTree(entries.get("data/connection_requests.json"))).hasSize(1);
        assertThat(entries.keySet()).anyMatch(n -> n.startsWith("files/") && n.endsWith(".jpeg"));
        assertThat(Sql.count("SELECT count(*) FROM audit_records WHERE action = 'account_exported' AND actor_id = ?",
                erin.uuid())).isEqualTo(1);

        // the link is the only key: a changed signature, another request or a past expiry are refused
        String tampered = url.substring(0, url.length() - 2) + (url.endsWith("AA") ? "BB" : "AA");
        HttpResponse<byte[]> bad = download(tampered);
        assertThat(bad.statusCode()).isEqualTo(403);
        assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("INVALID_SIGNATURE");
        String expired = url.replaceFirst("expires=\\d+", "expires=1000");
        HttpResponse<byte[]> old = download(expired);
        assertThat(old.statusCode()).isEqualTo(403);
        assertThat(new String(old.body(), StandardCharsets.UTF_8)).contains("LINK_EXPIRED");
        String requestId = built.data().path("request").path("id").asText();
        HttpResponse<byte[]> otherId = download(url.replace(requestId, java.util.UUID.randomUUID().toString()));
        assertThat(otherId.statusCode()).isEqualTo(403);
        assertThat(download(ROUTE + "/download/" + requestId).statusCode()).isEqualTo(404);

        // 24 h after it was built, the status no longer offers a link
        Sql.execute("UPDATE privacy_requests SET finished_at = finished_at - interval '25 hours' WHERE id = ?::uuid",
                requestId);
        Reply later = api.get(ROUTE, erin.token());
        assertThat(later.status()).isEqualTo(200);
        assertThat(later.data().path("downloadUrl").isNull()).isTrue();
    }

    @Test
    void export_routes_need_a_login_answer_only_the_callers_own_export_and_404_before_any() {
        Person ann = fixtures.person("BRAND");
        Person bob = fixtures.person("BRAND");

        assertThat(api.post(ROUTE, null).status()).isEqualTo(401);
        assertThat(api.get(ROUTE).status()).isEqualTo(401);
        Reply none = api.get(ROUTE, ann.token());
        assertThat(none.status()).as(none.toString()).isEqualTo(404);
        assertThat(none.code()).isEqualTo("NOT_FOUND");

        assertThat(api.post(ROUTE, null, ann.token()).status()).isEqualTo(200);
        awaitBuilt(ann);
        Reply bobs = api.get(ROUTE, bob.token());
        assertThat(bobs.status()).as("another user's export is not visible").isEqualTo(404);
        assertThat(Sql.count("SELECT count(*) FROM privacy_requests WHERE user_id = ?", bob.uuid())).isZero();
    }
}
