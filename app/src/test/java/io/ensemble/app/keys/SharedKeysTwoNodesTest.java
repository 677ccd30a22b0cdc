package io.ensemble.app.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.DropwizardTestSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Multipart;
import io.ensemble.app.support.NodeScript;
import io.ensemble.app.support.OwnDatabaseNodes;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.TestImages;
import io.ensemble.persistence.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 29 §1 "Keys shared by every node": two nodes given only the database, Redis and the redis realtime bus
 * (and nothing about keys) share users, sessions, encrypted provider tokens and signed media URLs, and two
 * stock socket.io-client users chat across them; a node configured with another key
 * refuses to start naming the variable. Each node has its own data folder (so no key can be shared through
 * files); only their {@code media} folders are one, by a symbolic link, as S3 would be.
 */
class SharedKeysTwoNodesTest {
    private static final int SMTP = FreePort.find();
    private static final String OTHER_JWT_SECRET = "b3RoZXItbm9kZS1qd3Qtc2VjcmV0LXRoYXQtZGlzYWdyZWVzLTAxMjM0NTY3";
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);

    private static TestDatabase database;
    private static OwnDatabaseNodes nodes;
    private static Path data;
    private static Path data2;
    private static FakePlaid plaid;
    private static DropwizardTestSupport<EnsembleConfiguration> one;
    private static DropwizardTestSupport<EnsembleConfiguration> two;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        database = TestDatabase.create().migrate();
        nodes = new OwnDatabaseNodes(database, SMTP);
        data = Files.createTempDirectory("ensemble-shared-keys");
        data2 = Files.createTempDirectory("ensemble-shared-keys-2");
        Files.createSymbolicLink(data2.resolve("media"), Files.createDirectories(data.resolve("media")));
        plaid = new FakePlaid();
        Map<String, String> settings = new HashMap<>(plaid.settings());
        settings.put("realtime.bus", "redis");
        settings.put("realtime.channelPrefix", "ensemble-test-" + UUID.randomUUID() + ":");
        settings.put("redisUrl", "redis://127.0.0.1:6379");
        one = nodes.node(data.toString(), settings);
        one.before();
        two = nodes.node(data2.toString(), settings);
        two.before();
    }

    @AfterAll
    static void stop() {
        if (two != null) {
            two.after();
        }
        if (one != null) {
            one.after();
        }
        plaid.stop();
        database.drop();
    }

    @Test
    void a_session_started_on_one_node_works_on_the_other() {
        Api api1 = new Api(one.getLocalPort());
        Api api2 = new Api(two.getLocalPort());
        Accounts.Session s = new Accounts(api1, new Inbox(MAIL)).verifiedSession("twonodes");

        Reply me = api2.get("/api/v1/auth/me", s.accessToken());
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        Reply refreshed = api2.post("/api/v1/auth/refresh", Map.of("refreshToken", s.refreshToken()));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        String access = refreshed.data().path("accessToken").asText();
        assertThat(api1.get("/api/v1/auth/me", access).status()).isEqualTo(200);
        Reply login = api2.post("/api/v1/auth/login", Map.of("email", s.email(), "password", Accounts.PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);

        assertThat(storedKeys()).containsExactlyInAnyOrder("encryption-keyset:1:generated", "jwt:1:generated",
                "media-url:1:generated", "token-hash:1:generated");
        assertThat(data.resolve("secrets")).doesNotExist();
        assertThat(data2.resolve("secrets")).doesNotExist();
    }

    @Test
    void a_provider_token_encrypted_by_one_node_is_decrypted_by_the_other() {
        Api api1 = new Api(one.getLocalPort());
        Api api2 = new Api(two.getLocalPort());
        Accounts.Session host = new RoleSessions(api1, new Inbox(MAIL)).of("HOST");
        Reply linked = api1.post("/api/v1/bank/exchange-token", Map.of("publicToken", FakePlaid.PUBLIC_TOKEN),
                host.accessToken());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);

        var accounts = api2.get("/api/v1/bank/accounts", host.accessToken()).data().path("accounts");
        assertThat(accounts).hasSize(1);
        Reply unlinked = api2.sendRaw("DELETE", "/api/v1/bank/accounts/" + accounts.get(0).path("id").asText(), null,
                host.accessToken(), Map.of());
        assertThat(unlinked.status()).as(unlinked.toString()).isEqualTo(200);
        assertThat(plaid.removalsWithTheToken()).isEqualTo(1);
    }

    @Test
    void a_private_media_url_signed_by_one_node_is_served_by_the_other() throws Exception {
        Api api1 = new Api(one.getLocalPort());
        Api api2 = new Api(two.getLocalPort());
        Accounts.Session owner = new Accounts(api1, new Inbox(MAIL)).verifiedSession("media");
        Reply r = api1.send(new Multipart().text("purpose", "chat_attachment")
                .file("file", "a.png", "image/png", TestImages.encode("png", 30, 30))
                .post(api1.base(), "/api/v1/media/upload"), owner.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String signed = r.data().path("url").asText();
        assertThat(signed).contains("sig=");

        HttpResponse<byte[]> served = api2.client().send(HttpRequest.newBuilder(URI.create(api2.base() + signed))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
    }

    @Test
    void two_stock_socket_io_clients_chat_across_the_nodes() {
        Api api1 = new Api(one.getLocalPort());
        Api api2 = new Api(two.getLocalPort());
        Accounts accounts = new Accounts(api1, new Inbox(MAIL));
        Accounts.Session alice = accounts.verifiedSession("keys-sio-alice");
        Accounts.Session bob = accounts.verifiedSession("keys-sio-bob");
        String conversationId = api2.get("/api/v1/chat/conversations/" + alice.userId(), bob.accessToken())
                .data().path("id").asText();

        JsonNode r = NodeScript.runFile("twonodes.js", Integer.toString(one.getLocalPort()),
                Integer.toString(two.getLocalPort()), conversationId, alice.accessToken(), bob.accessToken());

        assertThat(r.has("failure") || r.has("timeout")).as(r.toPrettyString()).isFalse();
        assertThat(r.path("received").path("id").asText()).isEqualTo(r.path("ackFirst").path("data").path("id").asText());
        assertThat(r.path("receivedSecond").path("seq").asLong()).isEqualTo(2);
        assertThat(r.path("receipt").path("userId").asText()).isEqualTo(bob.userId());
    }

    @Test
    void a_node_with_another_JWT_SECRET_refuses_to_start_naming_it() {
        DropwizardTestSupport<EnsembleConfiguration> other = nodes.node(data.toString(),
                Map.of("auth.jwtSecret", OTHER_JWT_SECRET));
        try {
            assertThatThrownBy(other::before).satisfies(e -> assertThat(messages(e))
                    .contains("JWT_SECRET is set on this node")
                    .doesNotContain(OTHER_JWT_SECRET));
        } finally {
            other.after();
        }
    }

    @Test
    void a_node_with_a_TOKEN_HASH_SECRET_the_others_lack_refuses_to_start_naming_it() {
        String secret = "dG9rZW4taGFzaC1zZWNyZXQtb2YtYW4tb2RkLW5vZGUtMDEyMzQ1Njc4OQ==";
        DropwizardTestSupport<EnsembleConfiguration> other = nodes.node(data.toString(),
                Map.of("auth.tokenHashSecret", secret));
        try {
            assertThatThrownBy(other::before).satisfies(e -> assertThat(messages(e))
                    .contains("TOKEN_HASH_SECRET").doesNotContain(secret));
        } finally {
            other.after();
        }
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    private static List<String> storedKeys() {
        try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, version, secret IS NOT NULL AS generated FROM shared_keys")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + ":" + rs.getInt(2) + ":" + (rs.getBoolean(3) ? "generated" : "configured"));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
