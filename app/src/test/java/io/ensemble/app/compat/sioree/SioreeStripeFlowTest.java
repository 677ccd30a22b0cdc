package io.ensemble.app.compat.sioree;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.ensemble.app.payments.StripeFake.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.payments.StripeFake;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.NodeScript;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 21 "done when", the paid part with Stripe faked by WireMock: the seed-000 app's partier buys a ticket
 * (a PaymentIntent at the fake), Stripe's signed {@code payment_intent.succeeded} webhook confirms it and the
 * partier is going; then the reminder and the host's {@code event_invite} as in {@link SioreeTicketFlowTest}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SioreeStripeFlowTest {
    private static final int SMTP = FreePort.find();
    static final StripeFake STRIPE = new StripeFake();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = SioreeClient.app(SMTP, STRIPE.overrides());

    @AfterAll
    static void stopStripe() {
        STRIPE.server.stop();
    }

    @Test
    void a_partier_buys_a_ticket_confirmed_by_the_signed_webhook_gets_the_reminder_and_the_invite() {
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        STRIPE.server.stubFor(post("/v1/payment_intents")
                .willReturn(json(200, StripeFake.paymentIntent(intent, 2500, "pending", "requires_payment_method"))));
        STRIPE.server.stubFor(get("/v1/payment_intents/" + intent)
                .willReturn(json(200, StripeFake.paymentIntent(intent, 2500, "pending", "requires_payment_method"))));

        JsonNode r = NodeScript.runFile("sioree-tickets.js", Integer.toString(APP.getLocalPort()),
                Integer.toString(APP.getAdminPort()), "stripe", StripeFake.WEBHOOK_SECRET, intent);
        SioreeTicketFlowTest.assertPaidFlow(r, "stripe");
        assertThat(r.path("bought").path("clientSecret").asText()).isEqualTo(StripeFake.clientSecretOf(intent));
        STRIPE.server.verify(1, postRequestedFor(urlPathEqualTo("/v1/payment_intents")));
    }
}
