package io.ensemble.app.identity;

import static io.ensemble.app.support.ForgedTokens.claims;
import static io.ensemble.app.support.ForgedTokens.sign;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.ensemble.app.support.SharedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwa.AlgorithmConstraints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Access and refresh tokens under attack: forged, expired, replayed, revoked (issue 3 §Tests). */
@ExtendWith(DropwizardExtensionsSupport.class)
class AccessTokenTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    /** No refresh reuse grace here, so a replay is reuse at once (the grace: RefreshReuseGraceTest). */
    static final DropwizardAppExtension<EnsembleConfiguration> APP =
            EnsembleTestApp.app(SMTP, ConfigOverride.config("auth.refreshReuseGrace", "0 seconds"));
    private static final byte[] KEY = Base64.getDecoder().decode(EnsembleTestApp.JWT_SECRET_BASE64);

    private Api api;
    private Accounts accounts;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        accounts = new Accounts(api, new Inbox(MAIL));
    }

    @Test
    void a_correctly_forged_token_with_the_server_key_is_accepted_so_the_negative_cases_below_are_meaningful() throws Exception {
        Accounts.Session s = accounts.verifiedSession("forge-ok");
        String token = sign(claims(s, "ensemble-api", 600), KEY, AlgorithmIdentifiers.HMAC_SHA256);
        assertThat(api.get("/api/v1/auth/me", token).status()).isEqualTo(200);
    }

    @Test
    void rejects_alg_none() throws Exception {
        Accounts.Session s = accounts.verifiedSession("none");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(s, "ensemble-api", 600).toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        assertUnauthenticated(api.get("/api/v1/auth/me", jws.getCompactSerialization()));
    }

    @Test
    void rejects_tampered_signature() {
        Accounts.Session s = accounts.verifiedSession("tamper");
        String[] parts = s.accessToken().split("\\.");
        char last = parts[2].charAt(0);
        parts[2] = (last == 'A' ? 'B' : 'A') + parts[2].substring(1);
        assertUnauthenticated(api.get("/api/v1/auth/me", String.join(".", parts)));
    }

    @Test
    void rejects_a_token_signed_with_another_key() throws Exception {
        Accounts.Session s = accounts.verifiedSession("wrongkey");
        byte[] other = "another-secret-key-that-is-32-bytes-long!!".getBytes();
        assertUnauthenticated(api.get("/api/v1/auth/me",
                sign(claims(s, "ensemble-api", 600), other, AlgorithmIdentifiers.HMAC_SHA256)));
    }

    @Test
    void rejects_another_algorithm_with_the_right_key() throws Exception {
        Accounts.Session s = accounts.verifiedSession("hs512");
        byte[] longKey = new byte[64];
        System.arraycopy(KEY, 0, longKey, 0, KEY.length);
        assertUnauthenticated(api.get("/api/v1/auth/me",
                sign(claims(s, "ensemble-api", 600), longKey, AlgorithmIdentifiers.HMAC_SHA512)));
    }

    @Test
    void rejects_an_expired_token() throws Exception {
        Accounts.Session s = accounts.verifiedSession("expired");
        assertUnauthenticated(api.get("/api/v1/auth/me",
                sign(claims(s, "ensemble-api", -120), KEY, AlgorithmIdentifiers.HMAC_SHA256)));
    }

    @Test
    void rejects_a_wrong_audience() throws Exception {
        Accounts.Session s = accounts.verifiedSession("aud");
        assertUnauthenticated(api.get("/api/v1/auth/me",
                sign(claims(s, "some-other-api", 600), KEY, AlgorithmIdentifiers.HMAC_SHA256)));
    }

    @Test
    void rejects_missing_and_malformed_authorization() {
        assertUnauthenticated(api.get("/api/v1/auth/me"));
        assertUnauthenticated(api.get("/api/v1/auth/me", "not-a-jwt"));
    }

    @Test
    void reusing_a_rotated_refresh_token_revokes_the_whole_family() {
        Accounts.Session s = accounts.verifiedSession("reuse");
        Reply first = api.post("/api/v1/auth/refresh", Map.of("refreshToken", s.refreshToken()));
        assertThat(first.status()).isEqualTo(200);
        String newer = first.data().path("refreshToken").asText();
        String newerAccess = first.data().path("accessToken").asText();

        Reply replay = api.post("/api/v1/auth/refresh", Map.of("refreshToken", s.refreshToken()));
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.code()).isEqualTo("REFRESH_TOKEN_REUSED");

        assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", newer)).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", newerAccess).status()).isEqualTo(401);
    }

    @Test
    void other_sessions_survive_when_one_family_is_revoked() {
        Accounts.Session s = accounts.verifiedSession("families");
        Accounts.Session other = accounts.login(s.email(), Accounts.PASSWORD, s.userId());
        api.post("/api/v1/auth/refresh", Map.of("refreshToken", s.refreshToken()));
        api.post("/api/v1/auth/refresh", Map.of("refreshToken", s.refreshToken()));
        assertThat(api.get("/api/v1/auth/me", other.accessToken()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", other.refreshToken())).status())
                .isEqualTo(200);
    }

    @Test
    void suspended_accounts_cannot_log_in_and_lose_their_sessions() throws Exception {
        Accounts.Session s = accounts.verifiedSession("suspend");
        try (Connection c = SharedDatabase.get().dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("UPDATE users SET status = 'SUSPENDED' WHERE id = ?")) {
            st.setObject(1, UUID.fromString(s.userId()));
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
        Reply login = api.post("/api/v1/auth/login", Map.of("email", s.email(), "password", Accounts.PASSWORD));
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.code()).isEqualTo("ACCOUNT_SUSPENDED");
        assertThat(api.get("/api/v1/auth/me", s.accessToken()).status()).isEqualTo(401);
        Reply refresh = api.post("/api/v1/auth/refresh", Map.of("refreshToken", s.refreshToken()));
        assertThat(refresh.status()).isEqualTo(403);
        assertThat(refresh.code()).isEqualTo("ACCOUNT_SUSPENDED");
    }

    private void assertUnauthenticated(Reply r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(401);
        assertThat(r.json().path("success").asBoolean(true)).isFalse();
        assertThat(r.code()).isNotBlank();
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
    }
}
