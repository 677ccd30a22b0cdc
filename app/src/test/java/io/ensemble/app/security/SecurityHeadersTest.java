package io.ensemble.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 28 §3: answers carrying tokens or personal data (login, refresh, {@code /auth/me}, profiles)
 * and error answers say {@code Cache-Control: no-store}; every API answer says
 * {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: no-referrer}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SecurityHeadersTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private Accounts accounts;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        accounts = new Accounts(api, new Inbox(MAIL));
    }

    private static void assertPrivate(String what, Reply r, int status) {
        assertThat(r.status()).as(what + ": " + r).isEqualTo(status);
        assertThat(r.headers().allValues("Cache-Control")).as(what).containsExactly("no-store");
        assertThat(r.headers().allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
        assertThat(r.headers().allValues("Referrer-Policy")).as(what).containsExactly("no-referrer");
    }

    @Test
    void login_refresh_me_and_profile_answers_are_not_stored_and_not_sniffed() {
        Accounts.Session s = accounts.verifiedSession("headers");

        Reply login = api.post("/api/v1/auth/login", Map.of("email", s.email(), "password", Accounts.PASSWORD));
        assertPrivate("login", login, 200);
        Reply refresh = api.post("/api/v1/auth/refresh",
                Map.of("refreshToken", login.data().path("refreshToken").asText()));
        assertPrivate("refresh", refresh, 200);
        String token = refresh.data().path("accessToken").asText(s.accessToken());
        assertPrivate("me", api.get("/api/v1/auth/me", token), 200);
        assertPrivate("own profile", api.get("/api/v1/profile/me", token), 200);
        assertPrivate("other profile", api.get("/api/v1/profile/" + s.userId(), token), 200);
    }

    @Test
    void error_answers_carry_the_same_headers() {
        assertPrivate("wrong password", api.post("/api/v1/auth/login",
                Map.of("email", Accounts.uniqueEmail("nobody"), "password", "WrongPass123!")), 401);
        assertPrivate("no token", api.get("/api/v1/auth/me"), 401);
        assertPrivate("unknown route", api.get("/api/v1/no-such-route"), 404);
        assertPrivate("malformed body", api.post("/api/v1/auth/login", "{not json"), 400);
    }

    @Test
    void the_health_answer_is_not_sniffed_either() {
        Reply health = api.get("/health");
        assertThat(health.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(health.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
    }
}
