package io.ensemble.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 28 §2: a Stripe webhook whose {@code Stripe-Signature} has a non-numeric, empty or bare
 * timestamp is a bad signature like any other: 400 {@code WEBHOOK_REJECTED}, nothing stored
 * (before, stripe-java's {@code Long.parseLong} escaped as a 500).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class StripeSignatureTimestampTest {
    private static final String PATH = "/api/v1/payments/webhooks/stripe";
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("payments.type", "stripe"),
            ConfigOverride.config("payments.secretKey", "sk_test_security"),
            ConfigOverride.config("payments.webhookSecret", "whsec_security_test"),
            ConfigOverride.config("payments.apiBase", "http://127.0.0.1:" + FreePort.find()),
            ConfigOverride.config("payments.maxNetworkRetries", "0"));

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
    }

    @Test
    void a_non_numeric_empty_or_bare_signature_timestamp_answers_400_webhook_rejected() {
        String eventId = "evt_sec_" + System.nanoTime();
        String body = "{\"id\":\"" + eventId + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
                + "\"data\":{\"object\":{}}}";
        String v1 = "v1=" + "ab".repeat(32);
        for (String header : new String[] {"t=abc," + v1, "t=," + v1, "t," + v1, "t=12abc," + v1}) {
            Reply r = api.sendRaw("POST", PATH, body, null, Map.of("Stripe-Signature", header));

            assertThat(r.status()).as(header + " -> " + r).isEqualTo(400);
            assertThat(r.code()).isEqualTo("WEBHOOK_REJECTED");
            assertThat(r.raw()).doesNotContain("Exception");
        }
        assertThat(Sql.count("SELECT count(*) FROM webhook_events WHERE event_id = ?", eventId)).isZero();
    }
}
