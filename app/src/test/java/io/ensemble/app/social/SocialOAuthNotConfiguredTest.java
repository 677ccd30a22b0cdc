package io.ensemble.app.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts.Session;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With no social keys set (the shipped defaults) the service starts and every platform answers 503 naming its keys. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SocialOAuthNotConfiguredTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @Test
    void each_platform_answers_provider_not_configured_naming_its_variables_and_writes_nothing() {
        Api api = new Api(APP.getLocalPort());
        Session s = new RoleSessions(api, new Inbox(MAIL)).of("INFLUENCER");
        for (String platform : FakeProviders.PLATFORMS) {
            Reply r = api.get("/api/v1/social-media/" + platform + "/auth", s.accessToken());
            assertThat(r.status()).as(r.toString()).isEqualTo(503);
            assertThat(r.code()).isEqualTo("PROVIDER_NOT_CONFIGURED");
            assertThat(r.json().path("message").asText()).contains(platform.toUpperCase() + "_CLIENT_ID");
            Reply exchange = api.post("/api/v1/social-media/" + platform + "/exchange",
                    Map.of("code", "c", "state", "s"), s.accessToken());
            assertThat(exchange.code()).isEqualTo("PROVIDER_NOT_CONFIGURED");
        }
        assertThat(Sql.count("SELECT count(*) FROM oauth_states WHERE user_id = ?", UUID.fromString(s.userId())))
                .isZero();
        Reply list = api.get("/api/v1/social-media/accounts", s.accessToken());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.data().path("accounts")).isEmpty();
    }
}
