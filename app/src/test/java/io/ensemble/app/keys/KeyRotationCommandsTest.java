package io.ensemble.app.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.DropwizardTestSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.ActivityLogs;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.OwnDatabaseNodes;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.integrations.crypto.TinkSecretCipher;
import io.ensemble.persistence.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 29 §1 {@code rotate-jwt-key} and {@code rotate-encryption-key}, run as the jar's commands against the
 * database of a running node: old tokens keep verifying while a node started after the rotation signs with
 * the new kid (which the running node learns on the first token that names it); stored provider tokens are
 * re-encrypted under the new primary key and the running node still decrypts them; an interrupted
 * re-encryption resumes without adding a key; both commands refuse when the key is given in config.
 */
class KeyRotationCommandsTest {
    private static final int SMTP = FreePort.find();
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);

    private static TestDatabase database;
    private static OwnDatabaseNodes nodes;
    private static Path data;
    private static FakePlaid plaid;
    private static DropwizardTestSupport<EnsembleConfiguration> running;

    @BeforeAll
    static void startNode() throws Exception {
        database = TestDatabase.create().migrate();
        nodes = new OwnDatabaseNodes(database, SMTP);
        data = Files.createTempDirectory("ensemble-key-rotation");
        plaid = new FakePlaid();
        running = nodes.node(data.toString(), plaid.settings());
        running.before();
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.after();
        }
        plaid.stop();
        database.drop();
    }

    @Test
    void rotate_jwt_key_makes_a_new_kid_sign_while_old_tokens_keep_verifying() throws Exception {
        Api api = new Api(running.getLocalPort());
        Accounts.Session before = new Accounts(api, new Inbox(MAIL)).verifiedSession("rotate");
        String oldKid = kid(before.accessToken());

        String out = nodes.command("rotate-jwt-key", data.toString(), Map.of());
        assertThat(out).contains("New access-token key").doesNotContain("error");
        String newKid = string("SELECT fingerprint FROM shared_keys WHERE name = 'jwt' ORDER BY version DESC LIMIT 1");
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(rotations("jwt")).singleElement().satisfies(e -> {
            assertThat(e.path("actorId").isNull()).isTrue();
            assertThat(e.path("ipAddress").isNull()).isTrue();
            assertThat(e.path("requestId").isNull()).isTrue();
            assertThat(ActivityLogs.changes(e)).containsExactly("version: 1 -> 2");
        });

        assertThat(api.get("/api/v1/auth/me", before.accessToken()).status()).isEqualTo(200);
        DropwizardTestSupport<EnsembleConfiguration> later = nodes.node(data.toString(), plaid.settings());
        later.before();
        try {
            Api laterApi = new Api(later.getLocalPort());
            Reply login = laterApi.post("/api/v1/auth/login", Map.of("email", before.email(),
                    "password", Accounts.PASSWORD));
            assertThat(login.status()).as(login.toString()).isEqualTo(200);
            String fresh = login.data().path("accessToken").asText();
            assertThat(kid(fresh)).isEqualTo(newKid);
            assertThat(laterApi.get("/api/v1/auth/me", before.accessToken()).status()).isEqualTo(200);
            assertThat(eventuallyStatus(api, fresh)).isEqualTo(200);
        } finally {
            later.after();
        }
    }

    @Test
    void rotate_encryption_key_reencrypts_stored_tokens_that_the_running_node_still_decrypts() throws Exception {
        Api api = new Api(running.getLocalPort());
        Accounts.Session host = new RoleSessions(api, new Inbox(MAIL)).of("HOST");
        Reply linked = api.post("/api/v1/bank/exchange-token", Map.of("publicToken", FakePlaid.PUBLIC_TOKEN),
                host.accessToken());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        byte[] before = ciphertext();
        TinkSecretCipher original = TinkSecretCipher.fromKeysetJson(string(
                "SELECT secret FROM shared_keys WHERE name = 'encryption-keyset' AND version = 1"));
        List<UUID> social = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            social.add(socialAccount(host.userId(), original, i));
        }

        String out = nodes.command("rotate-encryption-key", data.toString(), Map.of(), "--batch-size", "2");
        assertThat(out).contains("New primary encryption key stored").contains("Re-encrypted 7 stored tokens")
                .doesNotContain("error");
        byte[] after = ciphertext();
        assertThat(Arrays.copyOf(after, 5)).isNotEqualTo(Arrays.copyOf(before, 5));
        TinkSecretCipher rotated = TinkSecretCipher.fromKeysetJson(string(
                "SELECT secret FROM shared_keys WHERE name = 'encryption-keyset' ORDER BY version DESC LIMIT 1"));
        assertThat(rotated.usesPrimaryKey(after)).isTrue();
        assertThat(rotated.usesPrimaryKey(before)).isFalse();
        for (int i = 0; i < social.size(); i++) {
            String ad = "social_account:" + social.get(i);
            byte[] access = bytes("SELECT access_token FROM social_accounts WHERE id = ?", social.get(i));
            byte[] refresh = bytes("SELECT refresh_token FROM social_accounts WHERE id = ?", social.get(i));
            assertThat(rotated.usesPrimaryKey(access)).isTrue();
            assertThat(rotated.usesPrimaryKey(refresh)).isTrue();
            assertThat(rotated.decrypt(access, ad)).isEqualTo("ig-access-" + i);
            assertThat(rotated.decrypt(refresh, ad)).isEqualTo("ig-refresh-" + i);
        }

        execute("UPDATE shared_keys SET completed_at = NULL WHERE name = 'encryption-keyset'");
        String again = nodes.command("rotate-encryption-key", data.toString(), Map.of());
        assertThat(again).contains("Resuming").contains("Re-encrypted 0 stored tokens").doesNotContain("error");
        assertThat(string("SELECT count(*)::text FROM shared_keys WHERE name = 'encryption-keyset'")).isEqualTo("2");
        assertThat(ciphertext()).isEqualTo(after);
        assertThat(rotations("encryption-keyset")).as("the resumed run added no key, so no second record")
                .singleElement().satisfies(e -> assertThat(ActivityLogs.changes(e)).containsExactly("version: 1 -> 2"));

        var accounts = api.get("/api/v1/bank/accounts", host.accessToken()).data().path("accounts");
        Reply unlinked = api.sendRaw("DELETE", "/api/v1/bank/accounts/" + accounts.get(0).path("id").asText(), null,
                host.accessToken(), Map.of());
        assertThat(unlinked.status()).as(unlinked.toString()).isEqualTo(200);
        assertThat(plaid.removalsWithTheToken()).isEqualTo(1);
    }

    @Test
    void both_commands_refuse_keys_given_in_config() {
        String jwt = nodes.command("rotate-jwt-key", data.toString(),
                Map.of("auth.jwtSecret", EnsembleTestApp.JWT_SECRET_BASE64));
        assertThat(jwt).contains("rotate-jwt-key refused: JWT_SECRET is set")
                .doesNotContain(EnsembleTestApp.JWT_SECRET_BASE64);
        String keyset = TinkSecretCipher.newKeysetJson();
        String tink = nodes.command("rotate-encryption-key", data.toString(), Map.of("crypto.keyset", keyset));
        assertThat(tink).contains("rotate-encryption-key refused: ENCRYPTION_KEYSET is set");
    }

    /** @return the {@code key_rotated} entries of key {@code name}, read by an admin over HTTP */
    private static List<JsonNode> rotations(String name) throws SQLException {
        Api api = new Api(running.getLocalPort());
        Accounts accounts = new Accounts(api, new Inbox(MAIL));
        Accounts.Session promoted = accounts.verifiedSession("rotation-admin");
        execute("UPDATE users SET role = 'ADMIN' WHERE id = '" + UUID.fromString(promoted.userId()) + "'");
        Accounts.Session admin = accounts.login(promoted.email(), Accounts.PASSWORD, promoted.userId());
        return ActivityLogs.read(api, admin, "action=key_rotated&targetType=key&targetId=" + name);
    }

    /** The running node reads its key ring again on an unknown kid, at most every 2 s: poll up to 30 s. */
    private static int eventuallyStatus(Api api, String token) {
        return org.awaitility.Awaitility.await("/auth/me answers 200").atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500)).until(() -> api.get("/api/v1/auth/me", token).status(), s -> s == 200);
    }

    private static String kid(String jwt) throws Exception {
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))));
        return header.path("kid").asText();
    }

    private static byte[] ciphertext() throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("SELECT access_token_ciphertext FROM bank_items WHERE"
                     + " provider_item_id = ?")) {
            st.setString(1, FakePlaid.ITEM_ID);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                byte[] bytes = rs.getBytes(1);
                assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(FakePlaid.ACCESS_TOKEN);
                return bytes;
            }
        }
    }

    /** Stores a linked Instagram account whose tokens were encrypted with {@code cipher} (AD of TokenVault). */
    private static UUID socialAccount(String userId, TinkSecretCipher cipher, int i) throws SQLException {
        UUID id = UUID.randomUUID();
        String ad = "social_account:" + id;
        try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO social_accounts (id, user_id, platform, provider_account_id, username, link_method,"
                        + " status, access_token, refresh_token, created_at, updated_at) VALUES (?, ?::uuid,"
                        + " 'INSTAGRAM', ?, ?, 'OAUTH', 'ACTIVE', ?, ?, now(), now())")) {
            st.setObject(1, id);
            st.setString(2, userId);
            st.setString(3, "ig-" + id);
            st.setString(4, "rotation" + i);
            st.setBytes(5, cipher.encrypt("ig-access-" + i, ad));
            st.setBytes(6, cipher.encrypt("ig-refresh-" + i, ad));
            st.executeUpdate();
        }
        return id;
    }

    private static byte[] bytes(String sql, UUID id) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getBytes(1);
            }
        }
    }

    private static String string(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql);
             ResultSet rs = st.executeQuery()) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.executeUpdate();
        }
    }
}
