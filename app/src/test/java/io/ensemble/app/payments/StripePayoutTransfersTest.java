package io.ensemble.app.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.ensemble.app.payments.StripeFake.deliver;
import static io.ensemble.app.payments.StripeFake.event;
import static io.ensemble.app.payments.StripeFake.json;
import static io.ensemble.app.payments.StripeFake.newEventId;
import static io.ensemble.app.payments.StripeMarket.paymentStatus;
import static io.ensemble.app.payments.StripeMarket.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End to end with {@code PAYMENTS=stripe} pointed at WireMock: payouts that could not be transferred
 * when the order completed are transferred later, automatically, exactly once (issue 8 §3) — when
 * {@code account.updated} reports {@code payouts_enabled}, or by the {@code payouts-transfer} job
 * (run through its admin task; this app schedules no jobs itself, so every run is the test's) once
 * Stripe answers again; approving never fails because of the transfer. Also: cancelling an unpaid
 * order cancels its PaymentIntent (and still cancels when Stripe is down, a late success then being
 * refunded), and {@code record_payment} is not offered when Stripe confirms payments.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class StripePayoutTransfersTest {
    private static final int SMTP = FreePort.find();
    static final StripeFake STRIPE = new StripeFake();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP, STRIPE.overrides(
            ConfigOverride.config("payments.timeout", "3 seconds"),
            ConfigOverride.config("marketplace.platformFeePercent", "10"),
            ConfigOverride.config("jobs.enabled", "false")));

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

    /** The creator starts Connect onboarding: the account exists at Stripe, payouts not enabled yet. */
    private String startOnboarding(Accounts.Session creator) {
        return market.startOnboarding(STRIPE, creator).account();
    }

    /** Stripe reports the account can receive payouts ({@code account.updated}, signed). */
    private Reply payoutsEnabled(String eventId, String account) {
        Reply r = deliver(api, event(eventId, "account.updated", StripeFake.account(account, true)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    /** An order paid through Stripe (signed {@code payment_intent.succeeded}) and delivered. @return its id */
    private String delivered(Accounts.Session creator, Accounts.Session brand, long amount) {
        String orderId = market.order(creator, brand, amount);
        String intent = pay(brand, orderId, amount);
        Reply hook = deliver(api, event(newEventId(), "payment_intent.succeeded",
                StripeFake.paymentIntent(intent, amount, orderId, "succeeded")));
        assertThat(hook.status()).as(hook.toString()).isEqualTo(200);
        market.expect(creator, orderId, "accept", "ACCEPTED");
        market.expect(creator, orderId, "start", "IN_PROGRESS");
        market.expect(creator, orderId, "deliver", "DELIVERED");
        return orderId;
    }

    private String pay(Accounts.Session brand, String orderId, long amount) {
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        STRIPE.paymentIntentFor(orderId, intent, amount);
        market.expect(brand, orderId, "pay", "PENDING_PAYMENT");
        return intent;
    }

    /** Stripe answers {@code POST /v1/transfers} for this order with {@code response}. */
    private void transfersAnswer(String orderId, ResponseDefinitionBuilder response) {
        STRIPE.server.stubFor(post("/v1/transfers").withRequestBody(containing("transfer_group=" + orderId))
                .willReturn(response));
    }

    private static List<LoggedRequest> transferCalls(String orderId) {
        return STRIPE.server.findAll(postRequestedFor(urlPathEqualTo("/v1/transfers"))
                .withFormParam("transfer_group", equalTo(orderId)));
    }

    private static String payoutId(String orderId) {
        return StripeMarket.text("SELECT id FROM payouts WHERE order_id = ?", UUID.fromString(orderId));
    }

    /** The creator's payout as {@code GET /api/v1/payouts} shows it. */
    private JsonNode myPayout(Accounts.Session creator, String orderId) {
        Reply mine = api.get("/api/v1/payouts", creator.accessToken());
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        for (JsonNode item : mine.data().path("items")) {
            if (item.path("orderId").asText().equals(orderId)) {
                return item;
            }
        }
        throw new AssertionError("no payout for order " + orderId + " in " + mine);
    }

    /** Runs the {@code payouts-transfer} job now through its admin task. @return the task's output */
    private String runTransferJob() throws Exception {
        String task = io.ensemble.app.support.AdminTasks.run(api.client(), APP.getAdminPort(), "payouts-transfer");
        assertThat(task).startsWith("succeeded: transferred ");
        return task;
    }

    @Test
    void a_payout_waiting_for_onboarding_is_transferred_exactly_once_when_account_updated_enables_payouts()
            throws Exception {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String account = startOnboarding(creator);
        String orderId = delivered(creator, brand, 1999);
        String transferId = "tr_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        transfersAnswer(orderId, json(200, StripeFake.transfer(transferId, 1800, account, orderId, false)));

        Reply approved = market.expect(brand, orderId, "approve", "COMPLETED");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(transferCalls(orderId)).as("payouts are not enabled yet").isEmpty();
        JsonNode waiting = myPayout(creator, orderId);
        assertThat(waiting.path("status").asText()).isEqualTo("PENDING");
        assertThat(waiting.path("providerRef").isNull()).isTrue();
        assertThat(waiting.path("transferAttempts").asInt()).isZero();
        runTransferJob();
        assertThat(transferCalls(orderId)).as("the job skips payees without payouts enabled").isEmpty();

        String eventId = newEventId();
        payoutsEnabled(eventId, account);

        String payoutId = payoutId(orderId);
        List<LoggedRequest> calls = transferCalls(orderId);
        assertThat(calls).hasSize(1);
        STRIPE.server.verify(postRequestedFor(urlPathEqualTo("/v1/transfers"))
                .withFormParam("transfer_group", equalTo(orderId))
                .withHeader("Idempotency-Key", equalTo("transfer-" + payoutId))
                .withHeader("Authorization", equalTo("Bearer " + StripeFake.SECRET_KEY))
                .withFormParam("amount", equalTo("1800"))
                .withFormParam("currency", equalTo("usd"))
                .withFormParam("destination", equalTo(account))
                .withFormParam("metadata[payoutId]", equalTo(payoutId)));
        JsonNode paid = myPayout(creator, orderId);
        assertThat(paid.path("status").asText()).isEqualTo("PAID");
        assertThat(paid.path("providerRef").asText()).isEqualTo(transferId);
        assertThat(paid.path("transferAttempts").asInt()).isEqualTo(1);
        assertThat(paid.path("lastTransferError").isNull()).isTrue();
        assertThat(paid.path("amount").path("amount").asLong()).isEqualTo(1800);

        Reply again = deliver(api, event(eventId, "account.updated", StripeFake.account(account, true)));
        assertThat(again.data().path("duplicate").asBoolean()).isTrue();
        payoutsEnabled(newEventId(), account);
        runTransferJob();
        runTransferJob();
        Reply transferred = deliver(api, event(newEventId(), "transfer.created",
                StripeFake.transfer(transferId, 1800, account, orderId, false)));
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        assertThat(transferCalls(orderId)).as("exactly one transfer").hasSize(1);
        assertThat(Sql.count("SELECT count(*) FROM payouts WHERE order_id = ? AND status = 'PAID' AND provider_ref = ?",
                UUID.fromString(orderId), transferId)).isEqualTo(1);
    }

    @Test
    void stripe_answering_500_at_approve_still_completes_the_order_and_the_job_transfers_once_when_stripe_is_back()
            throws Exception {
        approveWhileStripeFailsThenTransferByTheJob(json(500, StripeFake.apiError("api_error", "api_error",
                "An unknown error occurred")));
    }

    @Test
    void stripe_unreachable_at_approve_still_completes_the_order_and_the_job_transfers_once_when_stripe_is_back()
            throws Exception {
        approveWhileStripeFailsThenTransferByTheJob(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    private void approveWhileStripeFailsThenTransferByTheJob(ResponseDefinitionBuilder failure) throws Exception {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String account = startOnboarding(creator);
        payoutsEnabled(newEventId(), account);
        String orderId = delivered(creator, brand, 5000);
        transfersAnswer(orderId, failure);

        Reply approved = market.expect(brand, orderId, "approve", "COMPLETED");

        assertThat(approved.data().path("status").asText()).isEqualTo("COMPLETED");
        assertThat(status(orderId)).isEqualTo("COMPLETED");
        String payoutId = payoutId(orderId);
        // The JDK's HttpURLConnection resends a POST once on a reset connection (same Idempotency-Key).
        int failedCalls = transferCalls(orderId).size();
        assertThat(failedCalls).as("attempted right after the approval").isBetween(1, 2);
        JsonNode failed = myPayout(creator, orderId);
        assertThat(failed.path("status").asText()).isEqualTo("PENDING");
        assertThat(failed.path("providerRef").isNull()).isTrue();
        assertThat(failed.path("transferAttempts").asInt()).isEqualTo(1);
        assertThat(failed.path("lastTransferError").asText()).startsWith("PROVIDER_UNAVAILABLE")
                .contains("Stripe is unavailable");
        assertThat(failed.path("nextTransferAt").isTextual()).isTrue();
        Reply asAdmin = api.get("/api/v1/payouts/user/" + creator.userId(), market.admin().accessToken());
        assertThat(asAdmin.data().path("items").get(0).path("transferAttempts").asInt()).isEqualTo(1);

        runTransferJob();
        assertThat(transferCalls(orderId)).as("the retry waits for its backoff").hasSize(failedCalls);

        String transferId = "tr_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        transfersAnswer(orderId, json(200, StripeFake.transfer(transferId, 4500, account, orderId, false)));
        Sql.execute("UPDATE payouts SET next_transfer_at = now() - interval '1 second' WHERE id = ?",
                UUID.fromString(payoutId));
        runTransferJob();
        runTransferJob();

        List<LoggedRequest> calls = transferCalls(orderId);
        assertThat(calls).as("one failed attempt, then one transfer").hasSize(failedCalls + 1);
        assertThat(calls).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly("transfer-" + payoutId);
        JsonNode paid = myPayout(creator, orderId);
        assertThat(paid.path("status").asText()).isEqualTo("PAID");
        assertThat(paid.path("providerRef").asText()).isEqualTo(transferId);
        assertThat(paid.path("transferAttempts").asInt()).isEqualTo(2);
        assertThat(paid.path("lastTransferError").isNull()).isTrue();
        assertThat(paid.path("nextTransferAt").isNull()).isTrue();
        assertThat(paid.path("amount").path("amount").asLong()).isEqualTo(4500);
    }

    @Test
    void cancelling_an_unpaid_stripe_order_cancels_its_payment_intent_once() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String orderId = market.order(creator, brand, 1500);
        String intent = pay(brand, orderId, 1500);
        STRIPE.server.stubFor(post("/v1/payment_intents/" + intent + "/cancel").willReturn(json(200,
                StripeFake.paymentIntent(intent, 1500, orderId, "canceled")
                        .replace("\"capture_method\"", "\"canceled_at\": 1680801569, \"cancellation_reason\":"
                                + " \"abandoned\", \"capture_method\""))));
        String unstarted = market.order(creator, brand, 1500);
        int cancelsBefore = STRIPE.server.findAll(postRequestedFor(urlPathMatching("/v1/payment_intents/.*/cancel")))
                .size();

        market.expect(creator, unstarted, "cancel", "CANCELLED");
        assertThat(STRIPE.server.findAll(postRequestedFor(urlPathMatching("/v1/payment_intents/.*/cancel"))))
                .as("nothing to cancel before pay").hasSize(cancelsBefore);
        Reply cancelled = market.expect(brand, orderId, "cancel", "CANCELLED");

        assertThat(cancelled.data().path("allowedActions")).isEmpty();
        STRIPE.server.verify(1, postRequestedFor(urlPathEqualTo("/v1/payment_intents/" + intent + "/cancel"))
                .withHeader("Idempotency-Key", equalTo("pi-cancel-" + intent))
                .withFormParam("cancellation_reason", equalTo("abandoned")));
        assertThat(STRIPE.server.findAll(postRequestedFor(urlPathMatching("/v1/payment_intents/.*/cancel"))))
                .hasSize(cancelsBefore + 1);
        assertThat(status(orderId)).isEqualTo("CANCELLED");
    }

    @Test
    void a_cancel_while_stripe_is_down_succeeds_locally_and_a_late_payment_is_refunded() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String orderId = market.order(creator, brand, 2200);
        String intent = pay(brand, orderId, 2200);
        STRIPE.server.stubFor(post("/v1/payment_intents/" + intent + "/cancel")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        STRIPE.server.stubFor(post("/v1/refunds").withHeader("Idempotency-Key", equalTo("refund-" + intent))
                .willReturn(json(200, StripeFake.refund("re_" + intent, intent, 2200))));

        Reply cancelled = market.expect(brand, orderId, "cancel", "CANCELLED");

        assertThat(cancelled.status()).isEqualTo(200);
        // One attempt (the JDK resends a POST once on a reset connection, with the same Idempotency-Key).
        assertThat(STRIPE.server.findAll(postRequestedFor(urlPathEqualTo("/v1/payment_intents/" + intent + "/cancel"))))
                .hasSizeBetween(1, 2).extracting(r -> r.getHeader("Idempotency-Key"))
                .containsOnly("pi-cancel-" + intent);
        assertThat(status(orderId)).isEqualTo("CANCELLED");
        assertThat(paymentStatus(orderId)).isEqualTo("PENDING");

        Reply late = deliver(api, event(newEventId(), "payment_intent.succeeded",
                StripeFake.paymentIntent(intent, 2200, orderId, "succeeded")));

        assertThat(late.status()).as(late.toString()).isEqualTo(200);
        assertThat(status(orderId)).isEqualTo("CANCELLED");
        assertThat(paymentStatus(orderId)).isEqualTo("REFUNDED");
        STRIPE.server.verify(1, postRequestedFor(urlPathEqualTo("/v1/refunds"))
                .withFormParam("payment_intent", equalTo(intent)).withFormParam("amount", equalTo("2200")));
    }

    @Test
    void record_payment_is_not_offered_when_stripe_confirms_payments_and_answers_409_when_sent_anyway() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        Accounts.Session admin = market.admin();
        String orderId = market.order(creator, brand, 1000);

        assertThat(api.get("/api/v1/orders/" + orderId, admin.accessToken()).data().path("allowedActions")
                .toString()).isEqualTo("[\"cancel\"]");
        assertThat(api.get("/api/v1/orders/" + orderId, brand.accessToken()).data().path("allowedActions")
                .toString()).isEqualTo("[\"pay\",\"cancel\"]");
        Reply sent = market.act(admin, orderId, Map.of("action", "record_payment"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(409);
        assertThat(sent.code()).isEqualTo("PAYMENT_BY_PROVIDER");
        Reply illegal = market.act(admin, orderId, Map.of("action", "resolve", "outcome", "COMPLETED"));
        assertThat(illegal.status()).as(illegal.toString()).isEqualTo(409);
        assertThat(illegal.json().path("message").asText()).contains("Allowed now: cancel.");
        assertThat(status(orderId)).isEqualTo("PENDING_PAYMENT");
        assertThat(Sql.count("SELECT count(*) FROM payments WHERE order_id = ?", UUID.fromString(orderId))).isZero();
    }
}
