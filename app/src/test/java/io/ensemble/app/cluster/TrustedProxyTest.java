package io.ensemble.app.cluster;

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
import io.ensemble.app.support.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 29 §3 end to end: the auth rate limit (2 per 15 min here) keys on the client the trusted
 * proxy names, and on the peer itself when the peer is not trusted. The tests connect from
 * 127.0.0.1, which {@code BEHIND_PROXY} trusts and {@code EXPOSED} does not.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TrustedProxyTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> BEHIND_PROXY = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("http.trustedProxies", "127.0.0.1, 10.0.0.0/8"),
            ConfigOverride.config("rateLimits.authPer15Min", "2"));
    static final DropwizardAppExtension<EnsembleConfiguration> EXPOSED = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("http.trustedProxies", "10.0.0.0/8"),
            ConfigOverride.config("rateLimits.authPer15Min", "2"));

    @Test
    void from_a_trusted_proxy_each_forwarded_client_has_its_own_auth_budget() {
        Api api = new Api(BEHIND_PROXY.getLocalPort());
        String email = Accounts.uniqueEmail("xff");
        for (int i = 0; i < 2; i++) {
            assertThat(login(api, email, Map.of("X-Forwarded-For", "1.1.1.1, 203.0.113.10, 10.0.0.2")).status())
                    .isEqualTo(401);
        }
        assertThat(login(api, email, Map.of("X-Forwarded-For", "203.0.113.10")).status())
                .as("same client, third attempt").isEqualTo(429);
        assertThat(login(api, email, Map.of("X-Forwarded-For", "203.0.113.10, 10.0.0.3")).status())
                .as("same client through another trusted hop").isEqualTo(429);

        assertThat(login(api, email, Map.of("X-Forwarded-For", "203.0.113.11")).status())
                .as("another client").isEqualTo(401);
        assertThat(login(api, email, Map.of("X-Forwarded-For", "203.0.113.10, 203.0.113.12")).status())
                .as("rightmost untrusted hop is the client").isEqualTo(401);
    }

    @Test
    void the_rfc_7239_forwarded_header_names_the_client_too() {
        Api api = new Api(BEHIND_PROXY.getLocalPort());
        String email = Accounts.uniqueEmail("forwarded");
        Map<String, String> first = Map.of("Forwarded", "for=\"[2001:db8::1]:4711\";proto=https, for=10.0.0.2");
        for (int i = 0; i < 2; i++) {
            assertThat(login(api, email, first).status()).isEqualTo(401);
        }
        assertThat(login(api, email, first).status()).isEqualTo(429);
        assertThat(login(api, email, Map.of("Forwarded", "for=198.51.100.20")).status()).isEqualTo(401);
    }

    @Test
    void from_an_untrusted_peer_a_spoofed_forwarded_for_is_ignored() {
        Api api = new Api(EXPOSED.getLocalPort());
        String email = Accounts.uniqueEmail("spoof");
        assertThat(login(api, email, Map.of("X-Forwarded-For", "203.0.113.30")).status()).isEqualTo(401);
        assertThat(login(api, email, Map.of("X-Forwarded-For", "203.0.113.31")).status()).isEqualTo(401);
        Reply third = login(api, email, Map.of("X-Forwarded-For", "203.0.113.32",
                "Forwarded", "for=198.51.100.33"));
        assertThat(third.status()).as("all three counted against 127.0.0.1").isEqualTo(429);
    }

    private static Reply login(Api api, String email, Map<String, String> headers) {
        return api.sendRaw("POST", "/api/v1/auth/login",
                Api.toJson(Map.of("email", email, "password", "Wrong123!x")), null, headers);
    }
}
