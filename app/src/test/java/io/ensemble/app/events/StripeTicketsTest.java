package io.ensemble.app.events;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.ensemble.app.events.Events.assertError;
import static io.ensemble.app.payments.StripeFake.deliver;
import static io.ensemble.app.payments.StripeFake.event;
import static io.ensemble.app.payments.StripeFake.json;
import static io.ensemble.app.payments.StripeFake.newEventId;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.payments.StripeFake;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end with {@code PAYMENTS=stripe} pointed at WireMock (issue 21 §3): a ticket is a PaymentIntent
 * whose signed {@code payment_intent.succeeded} makes the buyer going (once, however often delivered);
 * a forged delivery changes nothing; refunds and cancellation refund at Stripe; Stripe down is 503 with
 * nothing stored, and the retry of the same key reaches Stripe under the same idempotency key.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class StripeTicketsTest {
    private static final int SMTP = FreePort.find();
    static final StripeFake STRIPE = new StripeFake();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP, STRIPE.overrides(
            ConfigOverride.config("payments.timeout", "3 seconds")));

    private Api api;
    private Events events;
    private Tickets tickets;
    private Accounts.Session host;

    @AfterAll
    static void stopStripe() {
        STRIPE.server.stop();
    }

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        events = new Events(api, new RoleSessions(api, new Inbox(MAIL)));
        tickets = new Tickets(api);
        host = events.host();
    }

    private static String newIntent() {
        return "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /** Stripe answers PaymentIntents of {@code eventId}'s tickets with {@code intent}. */
    private static void intentsOf(String eventId, String intent) {
        STRIPE.server.stubFor(post("/v1/payment_intents").withRequestBody(
                        com.github.tomakehurst.wiremock.client.WireMock.containing(eventId))
                .willReturn(json(200, StripeFake.paymentIntent(intent, 5000, eventId, "requires_payment_method"))));
        STRIPE.server.stubFor(get("/v1/payment_intents/" + intent)
                .willReturn(json(200, StripeFake.paymentIntent(intent, 5000, eventId, "requires_payment_method"))));
    }

    private static void refundsOf(String intent) {
        STRIPE.server.stubFor(post("/v1/refunds").withHeader("Idempotency-Key", equalTo("refund-" + intent))
                .willReturn(json(200, StripeFake.refund("re_" + intent, intent, 5000))));
    }

    private Reply succeeded(String webhookId, String intent, String ticketId) {
        return deliver(api, event(webhookId, "payment_intent.succeeded",
                StripeFake.paymentIntent(intent, 5000, ticketId, "succeeded")));
    }

    @Test
    void the_signed_webhook_pays_the_ticket_once_and_a_refund_goes_back_through_stripe() {
        String id = events.create(host, Tickets.priced(5, 7));
        String intent = newIntent();
        intentsOf(id, intent);
        Accounts.Session partier = events.partier();
        Reply bought = tickets.buy(id, partier, "stripe-" + id);
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        String ticketId = bought.data().path("id").asText();
        assertThat(bought.data().path("provider").asText()).isEqualTo("stripe");
        assertThat(bought.data().path("clientSecret").asText()).isEqualTo(StripeFake.clientSecretOf(intent));
        STRIPE.server.verify(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
                .withHeader("Idempotency-Key", equalTo("pi-" + ticketId))
                .withFormParam("amount", equalTo("5000")).withFormParam("metadata[orderId]", equalTo(ticketId)));
        assertError(tickets.recordPayment(id, ticketId, host), 409, "PAID_BY_PROVIDER");

        String forged = event(newEventId(), "payment_intent.succeeded",
                StripeFake.paymentIntent(intent, 5000, ticketId, "succeeded"));
        assertThat(deliver(api, forged, "t=1,v1=forged").status()).isEqualTo(400);
        assertThat(Tickets.ticketIs(ticketId, "PENDING")).isTrue();

        String webhookId = newEventId();
        assertThat(succeeded(webhookId, intent, ticketId).status()).isEqualTo(200);
        assertThat(succeeded(webhookId, intent, ticketId).status()).isEqualTo(200);
        assertThat(Tickets.ticketIs(ticketId, "PAID")).isTrue();
        assertThat(api.get("/api/v1/events/" + id, partier.accessToken()).data().path("isGoing").asBoolean()).isTrue();
        assertThat(Tickets.notifications(partier, "EVENT_TICKET", ticketId)).isEqualTo(1);

        refundsOf(intent);
        Reply refunded = tickets.refund(id, ticketId, partier);
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(200);
        assertThat(refunded.data().path("status").asText()).isEqualTo("REFUNDED");
        STRIPE.server.verify(1, postRequestedFor(urlPathEqualTo("/v1/refunds"))
                .withFormParam("payment_intent", equalTo(intent)));
        assertThat(api.get("/api/v1/events/" + id, partier.accessToken()).data().path("isGoing").asBoolean()).isFalse();
    }

    @Test
    void cancelling_the_event_refunds_its_paid_tickets_at_stripe() {
        String id = events.create(host, Tickets.priced(5, 7));
        String intent = newIntent();
        intentsOf(id, intent);
        refundsOf(intent);
        String ticketId = tickets.bought(id, events.partier()).path("id").asText();
        assertThat(succeeded(newEventId(), intent, ticketId).status()).isEqualTo(200);
        Reply cancelled = api.post("/api/v1/events/" + id + "/cancel", Map.of(), host.accessToken());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(Tickets.ticketIs(ticketId, "REFUNDED")).isTrue();
        STRIPE.server.verify(1, postRequestedFor(urlPathEqualTo("/v1/refunds"))
                .withFormParam("payment_intent", equalTo(intent)));
    }

    @Test
    void stripe_down_is_503_with_nothing_stored_and_the_retry_reuses_the_idempotency_key() {
        String id = events.create(host, Tickets.priced(5, 7));
        String intent = newIntent();
        String scenario = "down-" + id;
        STRIPE.server.stubFor(post("/v1/payment_intents").withRequestBody(
                        com.github.tomakehurst.wiremock.client.WireMock.containing(id))
                .inScenario(scenario).whenScenarioStateIs("Started")
                .willReturn(json(500, StripeFake.apiError("api_error", "api_error", "An unknown error occurred")))
                .willSetStateTo("up"));
        STRIPE.server.stubFor(post("/v1/payment_intents").withRequestBody(
                        com.github.tomakehurst.wiremock.client.WireMock.containing(id))
                .inScenario(scenario).whenScenarioStateIs("up")
                .willReturn(json(200, StripeFake.paymentIntent(intent, 5000, id, "requires_payment_method"))));
        Accounts.Session partier = events.partier();

        Reply down = tickets.buy(id, partier, "retry-" + id);
        assertError(down, 503, "PROVIDER_UNAVAILABLE");
        assertThat(Tickets.ticketsOf(id)).isZero();
        Reply retried = tickets.buy(id, partier, "retry-" + id);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(Tickets.ticketsOf(id)).isEqualTo(1);

        List<LoggedRequest> creates = STRIPE.server.findAll(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
                .withFormParam("metadata[eventId]", equalTo(id)));
        assertThat(creates).hasSize(2);
        assertThat(creates).extracting(r -> r.getHeader("Idempotency-Key"))
                .containsOnly("pi-" + retried.data().path("id").asText());
    }
}
