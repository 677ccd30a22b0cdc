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

/** Without APIFY_TOKEN the service starts and the scraping routes answer 503 naming the variable. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ScrapeNotConfiguredTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @Test
    void scraping_routes_answer_provider_not_configured_naming_apify_token() {
        Api api = new Api(APP.getLocalPort());
        Session ada = new RoleSessions(api, new Inbox(MAIL)).of("INFLUENCER");

        Reply link = api.post("/api/v1/social-media/instagram/connect", Map.of("username", "glowstudio"), ada.accessToken());
        Reply lookup = api.get("/api/v1/social-media/tiktok/videos/glow.studio", ada.accessToken());

        for (Reply r : new Reply[] {link, lookup}) {
            assertThat(r.status()).as(r.toString()).isEqualTo(503);
            assertThat(r.code()).isEqualTo("PROVIDER_NOT_CONFIGURED");
            assertThat(r.json().path("message").asText()).contains("APIFY_TOKEN");
        }
        assertThat(Sql.count("SELECT count(*) FROM social_accounts WHERE user_id = ?", UUID.fromString(ada.userId())))
                .isZero();
    }
}
