package io.ensemble.app.payments;

import static io.ensemble.app.payments.StripeFake.deliver;
import static io.ensemble.app.payments.StripeFake.event;
import static io.ensemble.app.payments.StripeFake.newEventId;
import static io.ensemble.app.payments.StripeFake.signature;
import static io.ensemble.app.payments.StripeMarket.paymentStatus;
import static io.ensemble.app.payments.StripeMarket.status;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.ensemble.app.support.Sql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End to end: {@code POST /api/v1/payments/webhooks/stripe} (issue 8 §3, Bad input): each event id
 * processed once (also when delivered concurrently), out-of-order events never undo
 * {@code succeeded}, unknown types acknowledged, forged / stale / unsigned deliveries 400 with
 * nothing changed.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class StripeWebhooksTest {
    private static final int SMTP = FreePort.find();
    static final StripeFake STRIPE = new StripeFake();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP, STRIPE.overrides());

    private Api api;
    private StripeMarket market;

    @AfterAll
    static void stopStripe() {
        STRIPE.server.stop();
    }

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        market = new StripeMarket(api, new RoleSessions(api, new Inbox(MAIL)));
    }

    /** An order whose brand pressed pay. */
    private record Pending(String orderId, String intent) {
    }

    private Pending pendingOrder(long amount) {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String orderId = market.order(creator, brand, amount);
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        STRIPE.paymentIntentFor(orderId, intent, amount);
        market.expect(brand, orderId, "pay", "PENDING_PAYMENT");
        return new Pending(orderId, intent);
    }

    private static String intentEvent(String eventId, String type, Pending p, String status) {
        return event(eventId, type, StripeFake.paymentIntent(p.intent(), 1999, p.orderId(), status));
    }

    private static long transitions(String orderId) {
        return Sql.count("SELECT count(*) FROM order_transitions WHERE order_id = ?", UUID.fromString(orderId));
    }

    private static long stored(String eventId) {
        return Sql.count("SELECT count(*) FROM webhook_events WHERE provider = 'stripe' AND event_id = ?",
                eventId);
    }

    @Test
    void a_redelivered_event_is_acknowledged_as_duplicate_and_changes_nothing() {
        Pending p = pendingOrder(1999);
        String id = newEventId();
        String body = intentEvent(id, "payment_intent.succeeded", p, "succeeded");

        Reply first = deliver(api, body);
        long after = transitions(p.orderId());
        Reply again = deliver(api, body);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.data().path("duplicate").asBoolean()).isFalse();
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.data().path("received").asBoolean()).isTrue();
        assertThat(again.data().path("duplicate").asBoolean()).isTrue();
        assertThat(transitions(p.orderId())).isEqualTo(after);
        assertThat(stored(id)).isEqualTo(1);
        assertThat(status(p.orderId())).isEqualTo("PAID");
    }

    @Test
    void concurrent_deliveries_of_one_event_are_processed_exactly_once() throws Exception {
        Pending p = pendingOrder(1999);
        String body = intentEvent(newEventId(), "payment_intent.succeeded", p, "succeeded");
        int n = 4;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return deliver(api, body);
                }));
            }
            go.countDown();
            int fresh = 0;
            for (Future<Reply> f : replies) {
                Reply r = f.get();
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                fresh += r.data().path("duplicate").asBoolean() ? 0 : 1;
            }
            assertThat(fresh).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Sql.count("SELECT count(*) FROM order_transitions WHERE order_id = ? AND action = 'CONFIRM_PAYMENT'",
                UUID.fromString(p.orderId()))).isEqualTo(1);
    }

    @Test
    void late_created_processing_and_failed_events_never_undo_succeeded() {
        Pending p = pendingOrder(1999);
        assertThat(deliver(api, intentEvent(newEventId(), "payment_intent.succeeded", p, "succeeded")).status())
                .isEqualTo(200);
        long after = transitions(p.orderId());

        for (String type : List.of("payment_intent.created", "payment_intent.processing",
                "payment_intent.payment_failed", "payment_intent.succeeded")) {
            Reply late = deliver(api, intentEvent(newEventId(), type, p, "requires_payment_method"));
            assertThat(late.status()).as(type + " " + late).isEqualTo(200);
        }

        assertThat(status(p.orderId())).isEqualTo("PAID");
        assertThat(paymentStatus(p.orderId())).isEqualTo("SUCCEEDED");
        assertThat(StripeMarket.text("SELECT failure_reason FROM payments WHERE order_id = ?",
                UUID.fromString(p.orderId()))).isNull();
        assertThat(transitions(p.orderId())).isEqualTo(after);
    }

    @Test
    void unknown_types_and_other_systems_intents_are_acknowledged_and_ignored() {
        Pending p = pendingOrder(1999);
        String customer = newEventId();

        Reply unknown = deliver(api, event(customer, "customer.created", "{\"id\":\"cus_1\",\"object\":\"customer\"}"));
        Reply foreign = deliver(api, event(newEventId(), "payment_intent.succeeded",
                StripeFake.paymentIntent("pi_someone_else", 1999, p.orderId(), "succeeded")));

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(200);
        assertThat(stored(customer)).isEqualTo(1);
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(status(p.orderId())).isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void forged_stale_future_and_unsigned_webhooks_are_rejected_and_change_nothing() {
        Pending p = pendingOrder(1999);
        long now = Instant.now().getEpochSecond();
        List<String> ids = new ArrayList<>();
        List<Reply> rejected = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(newEventId());
        }
        String forgedBody = intentEvent(ids.get(0), "payment_intent.succeeded", p, "succeeded");
        rejected.add(deliver(api, forgedBody, signature("whsec_attacker", now, forgedBody)));
        String staleBody = intentEvent(ids.get(1), "payment_intent.succeeded", p, "succeeded");
        rejected.add(deliver(api, staleBody, signature(StripeFake.WEBHOOK_SECRET, now - 600, staleBody)));
        String futureBody = intentEvent(ids.get(2), "payment_intent.succeeded", p, "succeeded");
        rejected.add(deliver(api, futureBody, signature(StripeFake.WEBHOOK_SECRET, now + 600, futureBody)));
        String unsigned = intentEvent(ids.get(3), "payment_intent.succeeded", p, "succeeded");
        rejected.add(deliver(api, unsigned, null));
        String tampered = intentEvent(ids.get(4), "payment_intent.succeeded", p, "succeeded");
        rejected.add(deliver(api, tampered.replace("1999", "1"), signature(StripeFake.WEBHOOK_SECRET, now, tampered)));
        rejected.add(deliver(api, "not json", signature(StripeFake.WEBHOOK_SECRET, now, "not json")));

        for (Reply r : rejected) {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("WEBHOOK_REJECTED");
            assertThat(r.json().path("success").asBoolean(true)).isFalse();
            assertThat(r.json().path("message").asText()).isNotBlank();
        }
        for (String id : ids) {
            assertThat(stored(id)).isZero();
        }
        assertThat(status(p.orderId())).isEqualTo("PENDING_PAYMENT");
        assertThat(paymentStatus(p.orderId())).isEqualTo("PENDING");
    }

    @Test
    void a_replay_of_an_old_signed_delivery_is_stale_even_with_a_new_event_id_it_cannot_forge() {
        Pending p = pendingOrder(1999);
        String body = intentEvent(newEventId(), "payment_intent.succeeded", p, "succeeded");
        String captured = signature(StripeFake.WEBHOOK_SECRET, Instant.now().getEpochSecond() - 301, body);

        Reply replayed = deliver(api, body, captured);

        assertThat(replayed.status()).isEqualTo(400);
        assertThat(status(p.orderId())).isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void a_transfer_event_for_an_order_whose_payout_is_not_recorded_yet_asks_stripe_to_retry() {
        Pending p = pendingOrder(1999);
        String id = newEventId();

        Reply early = deliver(api, event(id, "transfer.created",
                StripeFake.transfer("tr_early", 1800, "acct_x", p.orderId(), false)));
        Reply foreign = deliver(api, event(newEventId(), "transfer.created",
                StripeFake.transfer("tr_other", 1800, "acct_x", "ORDER_95", false)));

        assertThat(early.status()).as(early.toString()).isEqualTo(503);
        assertThat(stored(id)).isZero();
        assertThat(foreign.status()).isEqualTo(200);
    }
}
