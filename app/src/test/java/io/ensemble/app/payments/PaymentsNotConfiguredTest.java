package io.ensemble.app.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.ensemble.app.support.Sql;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With the default {@code PAYMENTS=manual} the Stripe routes answer 503 {@code PROVIDER_NOT_CONFIGURED}
 * naming the variables; with {@code PAYMENTS=stripe} and no keys the service refuses to start.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PaymentsNotConfiguredTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private RoleSessions roles;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        roles = new RoleSessions(api, new Inbox(MAIL));
    }

    @Test
    void onboarding_answers_503_provider_not_configured_naming_the_variables_and_stores_nothing() {
        Accounts.Session creator = roles.of("CREATOR");

        Reply r = api.post("/api/v1/payments/connect/account-link", Map.of(), creator.accessToken());

        assertThat(r.status()).as(r.toString()).isEqualTo(503);
        assertThat(r.code()).isEqualTo("PROVIDER_NOT_CONFIGURED");
        assertThat(r.json().path("message").asText()).contains("PAYMENTS=stripe").contains("STRIPE_SECRET_KEY");
        assertThat(Sql.count("SELECT count(*) FROM payout_accounts WHERE user_id = ?",
                UUID.fromString(creator.userId()))).isZero();
    }

    @Test
    void the_webhook_answers_503_provider_not_configured_and_stores_nothing() {
        long before = Sql.count("SELECT count(*) FROM webhook_events");
        String body = StripeFake.event("evt_manual_mode", "payment_intent.succeeded", "{\"id\":\"pi_1\"}");

        Reply r = StripeFake.deliver(api, body);

        assertThat(r.status()).as(r.toString()).isEqualTo(503);
        assertThat(r.code()).isEqualTo("PROVIDER_NOT_CONFIGURED");
        assertThat(r.json().path("message").asText()).contains("STRIPE_WEBHOOK_SECRET");
        assertThat(Sql.count("SELECT count(*) FROM webhook_events")).isEqualTo(before);
    }

    @Test
    void stripe_without_keys_refuses_to_start_naming_the_missing_variables() {
        DropwizardAppExtension<EnsembleConfiguration> unconfigured = EnsembleTestApp.app(FreePort.find(),
                ConfigOverride.config("payments.type", "stripe"));

        assertThatThrownBy(unconfigured::before).hasStackTraceContaining("STRIPE_SECRET_KEY")
                .hasStackTraceContaining("STRIPE_WEBHOOK_SECRET");
        unconfigured.after();
    }
}
