package io.ensemble.app.identity;

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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Seed 001's limits: 5 credential attempts per IP+email per 15 min, and the general per-user limit. */
@ExtendWith(DropwizardExtensionsSupport.class)
class RateLimitTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("rateLimits.authPer15Min", "5"),
            ConfigOverride.config("rateLimits.generalPer15Min", "4"));

    @Test
    void sixth_login_attempt_for_one_email_is_429_with_retry_after() {
        Api api = new Api(APP.getLocalPort());
        String email = Accounts.uniqueEmail("brute");
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/auth/login", Map.of("email", email, "password", "Wrong123!x")).status())
                    .isEqualTo(401);
        }
        Reply limited = api.post("/api/v1/auth/login", Map.of("email", email, "password", "Wrong123!x"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();

        Reply otherEmail = api.post("/api/v1/auth/login",
                Map.of("email", Accounts.uniqueEmail("other"), "password", "Wrong123!x"));
        assertThat(otherEmail.status()).isEqualTo(401);
    }

    @Test
    void general_limit_applies_per_authenticated_user() {
        Api api = new Api(APP.getLocalPort());
        Accounts.Session s = new Accounts(api, new Inbox(MAIL)).verifiedSession("general");
        for (int i = 0; i < 4; i++) {
            assertThat(api.get("/api/v1/auth/me", s.accessToken()).status()).isEqualTo(200);
        }
        Reply limited = api.get("/api/v1/auth/me", s.accessToken());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotNull();
    }
}
