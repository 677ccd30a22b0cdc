package io.ensemble.app.payments;

import static io.ensemble.app.payments.StripeFake.deliver;
import static io.ensemble.app.payments.StripeFake.event;
import static io.ensemble.app.payments.StripeFake.newEventId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 26 §1 on the Stripe path: {@code payment_intent.succeeded} moves the order to PAID and the feed
 * carries {@code payment.succeeded} once (a redelivered or second succeeded event adds nothing); a refund
 * made at Stripe ({@code charge.refunded} on a PAID order) carries {@code payment.refunded}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class StripePaymentFeedTest {
    private static final int SMTP = FreePort.find();
    static final StripeFake STRIPE = new StripeFake();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP, STRIPE.overrides());

    @AfterAll
    static void stopStripe() {
        STRIPE.server.stop();
    }

    private List<JsonNode> feedOfOrder(Api api, Accounts.Session admin, String orderId) {
        List<JsonNode> all = new ArrayList<>();
        Reply r = api.get("/api/v1/integrations/events?after=0&limit=500&types=payment.succeeded,payment.refunded",
                admin.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        r.data().path("items").forEach(e -> {
            if (e.path("subjects").path("order").asText().equals(orderId)) {
                all.add(e);
            }
        });
        return all;
    }

    @Test
    void a_stripe_payment_is_in_the_feed_once_and_a_refund_made_at_stripe_too() {
        Api api = new Api(APP.getLocalPort());
        StripeMarket market = new StripeMarket(api, new RoleSessions(api, new Inbox(MAIL)));
        Accounts.Session admin = market.admin();
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String orderId = market.order(creator, brand, 1999);
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        STRIPE.paymentIntentFor(orderId, intent, 1999);
        market.expect(brand, orderId, "pay", "PENDING_PAYMENT");
        String succeeded = event(newEventId(), "payment_intent.succeeded",
                StripeFake.paymentIntent(intent, 1999, orderId, "succeeded"));

        assertThat(deliver(api, succeeded).status()).isEqualTo(200);
        assertThat(deliver(api, succeeded).status()).isEqualTo(200);
        assertThat(deliver(api, event(newEventId(), "payment_intent.succeeded",
                StripeFake.paymentIntent(intent, 1999, orderId, "succeeded"))).status()).isEqualTo(200);
        assertThat(StripeMarket.status(orderId)).isEqualTo("PAID");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !feedOfOrder(api, admin, orderId).isEmpty());
        assertThat(feedOfOrder(api, admin, orderId)).singleElement().satisfies(e -> {
            assertThat(e.path("type").asText()).isEqualTo("payment.succeeded");
            assertThat(e.path("data").path("provider").asText()).isEqualTo("stripe");
            assertThat(e.path("data").path("amount").asLong()).isEqualTo(1999);
        });

        String charge = "{\"id\":\"ch_1\",\"object\":\"charge\",\"amount\":1999,\"amount_refunded\":1999,"
                + "\"payment_intent\":\"" + intent + "\",\"refunded\":true,\"metadata\":{\"orderId\":\"" + orderId
                + "\"},\"transfer_group\":\"" + orderId + "\"}";
        assertThat(deliver(api, event(newEventId(), "charge.refunded", charge)).status()).isEqualTo(200);
        assertThat(StripeMarket.paymentStatus(orderId)).isEqualTo("REFUNDED");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> feedOfOrder(api, admin, orderId).size() == 2);
        assertThat(feedOfOrder(api, admin, orderId)).extracting(e -> e.path("type").asText())
                .containsExactly("payment.succeeded", "payment.refunded");
    }
}
