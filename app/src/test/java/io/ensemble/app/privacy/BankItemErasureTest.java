package io.ensemble.app.privacy;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.banking.PlaidStub;
import io.ensemble.app.privacy.PrivacyFixtures.Person;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.AdminTasks;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Erasure removes the user's bank items at the provider (issue 20 §4): with {@code BANK_LINKING=plaid} on a
 * fake Plaid (WireMock), {@code /item/remove} is called with the item's access token before its rows go; a
 * Plaid outage fails the step (the item stays, the error is shown to admins) and a later run finishes it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BankItemErasureTest {
    private static final int SMTP = FreePort.find();
    static final PlaidStub PLAID = new PlaidStub();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            PLAID.overrides(ConfigOverride.config("bankLinking.timeout", "5 seconds")));

    private Api api;
    private PrivacyFixtures fixtures;

    @AfterAll
    static void stopPlaid() {
        PLAID.server.stop();
    }

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        fixtures = new PrivacyFixtures(api, new Inbox(MAIL));
        PLAID.happyPath();
        Sql.execute("DELETE FROM bank_items WHERE provider = 'plaid'");
    }

    @Test
    void the_bank_item_is_removed_at_plaid_and_a_plaid_outage_is_retried() throws Exception {
        Person host = fixtures.person("HOST");
        Person admin = fixtures.admin();
        Reply linked = api.post("/api/v1/bank/exchange-token", Map.of("publicToken", PlaidStub.PUBLIC_TOKEN),
                host.token());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        PLAID.server.stubFor(post("/item/remove").willReturn(PlaidStub.error(500, "API_ERROR",
                "INTERNAL_SERVER_ERROR", "an unexpected error occurred")));

        assertThat(fixtures.deleteOwn(host, Accounts.PASSWORD).status()).isEqualTo(200);
        Reply failed = Awaitility.await("the bank step fails").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/v1/admin/users/" + host.id() + "/deletion", admin.token()),
                        r -> r.status() == 200 && !r.data().path("error").isNull());
        assertThat(failed.data().path("status").asText()).isNotEqualTo("DONE");
        assertThat(failed.data().path("error").asText()).doesNotContain(PlaidStub.ACCESS_TOKEN);
        assertThat(Sql.count("SELECT count(*) FROM bank_items WHERE user_id = ?", host.uuid())).isEqualTo(1);

        PLAID.happyPath();
        assertThat(AdminTasks.run(api.client(), APP.getAdminPort(), "privacy-requests")).startsWith("succeeded");
        fixtures.awaitErased(admin, host.id());

        PLAID.server.verify(1, postRequestedFor(urlEqualTo("/item/remove"))
                .withRequestBody(equalToJson("{\"access_token\": \"" + PlaidStub.ACCESS_TOKEN + "\"}", true, true)));
        assertThat(Sql.count("SELECT count(*) FROM bank_items WHERE user_id = ?", host.uuid())).isZero();
        assertThat(Sql.count("SELECT count(*) FROM bank_accounts WHERE user_id = ?", host.uuid())).isZero();
    }
}
