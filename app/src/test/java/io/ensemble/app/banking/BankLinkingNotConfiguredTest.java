package io.ensemble.app.banking;

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
import io.ensemble.app.support.RoleSessions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** End-to-end: {@code BANK_LINKING=plaid} without keys still starts, and the bank routes answer 503 naming the variables. */
@ExtendWith(DropwizardExtensionsSupport.class)
class BankLinkingNotConfiguredTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("bankLinking.type", "plaid"),
            ConfigOverride.config("bankLinking.clientId", ""),
            ConfigOverride.config("bankLinking.secret", ""));

    @Test
    void every_bank_route_answers_503_provider_not_configured_naming_the_keys() {
        Api api = new Api(APP.getLocalPort());
        Accounts.Session host = new RoleSessions(api, new Inbox(MAIL)).of("HOST");

        for (Reply r : new Reply[] {
                api.post("/api/v1/bank/link-token", Map.of(), host.accessToken()),
                api.post("/api/v1/bank/exchange-token", Map.of("publicToken", "public-sandbox-abc"), host.accessToken()),
                api.sendRaw("POST", "/api/v1/bank/webhooks/plaid", "{}", null, Map.of("Plaid-Verification", "a.b.c"))}) {
            assertThat(r.status()).as(r.toString()).isEqualTo(503);
            assertThat(r.code()).isEqualTo("PROVIDER_NOT_CONFIGURED");
            assertThat(r.json().path("message").asText()).contains("PLAID_CLIENT_ID").contains("PLAID_SECRET");
        }
        Reply list = api.get("/api/v1/bank/accounts", host.accessToken());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.data().path("accounts")).isEmpty();
    }
}
