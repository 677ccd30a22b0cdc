package io.ensemble.app.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.DropwizardTestSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.OwnDatabaseNodes;
import io.ensemble.integrations.crypto.JwtAccessTokens;
import io.ensemble.integrations.crypto.SecretFiles;
import io.ensemble.integrations.crypto.TinkSecretCipher;
import io.ensemble.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrade (issue 29 §1): a deployment whose node generated its keys into {@code data/secrets/} before keys
 * moved to the database keeps them: the first start on the upgraded version stores the files' keys, so
 * tokens signed and provider tokens encrypted before the upgrade stay valid.
 */
class KeyFileUpgradeTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    private static final String AD = "bank_item:0193a6e0-0000-7000-8000-000000000001";

    @TempDir
    Path data;

    @Test
    void the_keys_an_earlier_version_generated_into_the_data_folder_are_adopted() throws Exception {
        byte[] jwtKey = SecretFiles.loadOrCreate(data.resolve("secrets/jwt.key"), 32);
        byte[] hashKey = SecretFiles.loadOrCreate(data.resolve("secrets/token-hash.key"), 32);
        SecretFiles.loadOrCreate(data.resolve("secrets/media-url.key"), 32);
        byte[] sealedBefore = TinkSecretCipher.loadOrCreate(data.resolve("secrets/token-encryption.keyset.json"))
                .encrypt("access-sandbox-before-upgrade", AD);
        TestDatabase database = TestDatabase.create().migrate();
        DropwizardTestSupport<EnsembleConfiguration> node = new OwnDatabaseNodes(database, SMTP)
                .node(data.toString(), java.util.Map.of());
        node.before();
        try {
            Accounts.Session s = new Accounts(new Api(node.getLocalPort()), new Inbox(MAIL)).verifiedSession("upgrade");
            String header = new String(Base64.getUrlDecoder().decode(s.accessToken().split("\\.")[0]));
            assertThat(new ObjectMapper().readTree(header).path("kid").asText())
                    .isEqualTo(JwtAccessTokens.keyId(jwtKey));
            assertThat(secret(database, "token-hash")).isEqualTo(Base64.getEncoder().encodeToString(hashKey));
            assertThat(TinkSecretCipher.fromKeysetJson(secret(database, "encryption-keyset")).decrypt(sealedBefore, AD))
                    .isEqualTo("access-sandbox-before-upgrade");
        } finally {
            node.after();
            database.drop();
        }
    }

    private static String secret(TestDatabase database, String name) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement(
                     "SELECT secret FROM shared_keys WHERE name = ? AND version = 1")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
