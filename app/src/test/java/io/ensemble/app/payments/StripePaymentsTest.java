package io.ensemble.app.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.ensemble.app.payments.StripeFake.deliver;
import static io.ensemble.app.payments.StripeFake.event;
import static io.ensemble.app.payments.StripeFake.json;
import static io.ensemble.app.payments.StripeFake.newEventId;
import static io.ensemble.app.payments.StripeMarket.paymentStatus;
import static io.ensemble.app.payments.StripeMarket.status;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End to end with {@code PAYMENTS=stripe} pointed at WireMock (issue 8 §3 and Tests): Connect
 * onboarding, PaymentIntent per order with its client secret, a signed {@code payment_intent.succeeded}
 * moving the order to PAID through the lifecycle, delivery and approval, the payout transferred to
 * the connected account minus the platform fee right after the approval ({@code transfer.created}
 * then changes nothing); refund on decline; Stripe down on {@code pay}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class StripePaymentsTest {
    private static final int SMTP = FreePort.find();
    static final StripeFake STRIPE = new StripeFake();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP, STRIPE.overrides(
            ConfigOverride.config("payments.timeout", "3 seconds"),
            ConfigOverride.config("marketplace.platformFeePercent", "10")));

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

    /** Onboards the creator at Stripe and enables payouts by a signed {@code account.updated}. @return the account id */
    private String onboard(Accounts.Session creator) {
        StripeMarket.Onboarding started = market.startOnboarding(STRIPE, creator);
        String account = started.account();
        Reply link = started.link();
        assertThat(link.data().path("url").asText()).isEqualTo("https://connect.stripe.com/setup/s/" + account + "/x");
        assertThat(link.data().path("accountId").asText()).isEqualTo(account);
        assertThat(link.data().path("expiresAt").asText()).isEqualTo("2100-01-01T00:00:00Z");
        assertThat(Sql.count("SELECT count(*) FROM payout_accounts WHERE user_id = ? AND account_id = ?"
                + " AND NOT payouts_enabled", UUID.fromString(creator.userId()), account)).isEqualTo(1);

        Reply updated = deliver(api, event(newEventId(), "account.updated", StripeFake.account(account, true)));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(Sql.count("SELECT count(*) FROM payout_accounts WHERE account_id = ? AND payouts_enabled",
                account)).isEqualTo(1);
        return account;
    }

    /** The brand pays: Stripe answers a PaymentIntent. @return its id */
    private String pay(Accounts.Session brand, String orderId, long amount) {
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        STRIPE.paymentIntentFor(orderId, intent, amount);
        Reply paid = market.expect(brand, orderId, "pay", "PENDING_PAYMENT");
        assertThat(paid.data().path("clientSecret").asText()).isEqualTo(StripeFake.clientSecretOf(intent));
        assertThat(paid.data().path("payment").path("provider").asText()).isEqualTo("stripe");
        assertThat(paid.data().path("payment").path("providerRef").asText()).isEqualTo(intent);
        assertThat(paid.data().path("payment").path("status").asText()).isEqualTo("PENDING");
        return intent;
    }

    private Reply succeeded(String eventId, String intent, String orderId, long amount) {
        return deliver(api, event(eventId, "payment_intent.succeeded",
                StripeFake.paymentIntent(intent, amount, orderId, "succeeded")));
    }

    @Test
    void a_brand_pays_with_stripe_the_signed_webhook_marks_it_paid_and_the_approved_order_is_transferred_minus_the_fee() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String account = onboard(creator);
        String orderId = market.order(creator, brand, 1999);
        UUID order = UUID.fromString(orderId);

        String intent = pay(brand, orderId, 1999);
        STRIPE.server.verify(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
                .withHeader("Authorization", equalTo("Bearer " + StripeFake.SECRET_KEY))
                .withHeader("Idempotency-Key", equalTo("pi-" + orderId))
                .withFormParam("amount", equalTo("1999"))
                .withFormParam("currency", equalTo("usd"))
                .withFormParam("transfer_group", equalTo(orderId))
                .withFormParam("metadata[orderId]", equalTo(orderId))
                .withFormParam("metadata[brandId]", equalTo(brand.userId()))
                .withFormParam("metadata[creatorId]", equalTo(creator.userId())));
        Reply manual = market.act(market.admin(), orderId, Map.of("action", "record_payment"));
        assertThat(manual.status()).as(manual.toString()).isEqualTo(409);
        assertThat(manual.code()).isEqualTo("PAYMENT_BY_PROVIDER");
        assertThat(status(orderId)).isEqualTo("PENDING_PAYMENT");

        int readsBefore = STRIPE.server.findAll(getRequestedFor(urlPathEqualTo("/v1/payment_intents/" + intent))).size();
        Reply hook = succeeded(newEventId(), intent, orderId, 1999);
        assertThat(hook.status()).as(hook.toString()).isEqualTo(200);
        assertThat(hook.data().path("duplicate").asBoolean(true)).isFalse();
        assertThat(status(orderId)).isEqualTo("PAID");
        assertThat(paymentStatus(orderId)).isEqualTo("SUCCEEDED");
        assertThat(STRIPE.server.findAll(getRequestedFor(urlPathEqualTo("/v1/payment_intents/" + intent))))
                .as("the webhook needs no call to Stripe").hasSize(readsBefore);
        assertThat(Sql.count("SELECT count(*) FROM order_transitions WHERE order_id = ? AND action = 'CONFIRM_PAYMENT'"
                + " AND party = 'SYSTEM' AND from_status = 'PENDING_PAYMENT' AND to_status = 'PAID'", order))
                .isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE subject_id = ? AND type = 'ORDER_UPDATED'"
                + " AND user_id IN (?, ?) AND title = 'Order paid'", order, UUID.fromString(brand.userId()),
                UUID.fromString(creator.userId()))).isEqualTo(2);
        assertThat(Sql.count("SELECT count(*) FROM messages m JOIN orders o ON o.conversation_id = m.conversation_id"
                + " WHERE o.id = ? AND m.type = 'SYSTEM' AND m.content LIKE '%confirm_payment%PAID%'", order))
                .isEqualTo(1);

        market.expect(creator, orderId, "accept", "ACCEPTED");
        market.expect(creator, orderId, "start", "IN_PROGRESS");
        market.expect(creator, orderId, "deliver", "DELIVERED");
        String transferId = "tr_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        STRIPE.server.stubFor(post("/v1/transfers").withRequestBody(
                        com.github.tomakehurst.wiremock.client.WireMock.containing(orderId))
                .willReturn(json(200, StripeFake.transfer(transferId, 1800, account, orderId, false))));
        market.expect(brand, orderId, "approve", "COMPLETED");
        String payoutId = StripeMarket.text("SELECT id FROM payouts WHERE order_id = ?", order);

        List<LoggedRequest> transfers = STRIPE.server.findAll(postRequestedFor(urlPathEqualTo("/v1/transfers"))
                .withFormParam("transfer_group", equalTo(orderId)));
        assertThat(transfers).hasSize(1);
        STRIPE.server.verify(postRequestedFor(urlPathEqualTo("/v1/transfers"))
                .withFormParam("transfer_group", equalTo(orderId))
                .withFormParam("amount", equalTo("1800"))
                .withFormParam("currency", equalTo("usd"))
                .withFormParam("destination", equalTo(account))
                .withHeader("Idempotency-Key", equalTo("transfer-" + payoutId)));
        assertThat(Sql.count("SELECT count(*) FROM payouts WHERE order_id = ? AND provider_ref = ? AND status = 'PAID'"
                + " AND gross_amount = 1999 AND fee_amount = 199 AND net_amount = 1800 AND transfer_attempts = 1",
                order, transferId)).as("the Transfer is made right after the approval commits").isEqualTo(1);

        Reply transferred = deliver(api, event(newEventId(), "transfer.created",
                StripeFake.transfer(transferId, 1800, account, orderId, false)));
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        Reply mine = api.get("/api/v1/payouts", creator.accessToken());
        assertThat(mine.data().path("items").get(0).path("status").asText()).isEqualTo("PAID");
        assertThat(mine.data().path("items").get(0).path("providerRef").asText()).isEqualTo(transferId);
        assertThat(mine.data().path("items").get(0).path("amount").path("amount").asLong()).isEqualTo(1800);
    }

    @Test
    void a_creator_without_payouts_enabled_gets_no_transfer_and_the_payout_waits_in_the_ledger() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String orderId = market.order(creator, brand, 5000);
        String intent = pay(brand, orderId, 5000);
        assertThat(succeeded(newEventId(), intent, orderId, 5000).status()).isEqualTo(200);
        market.expect(creator, orderId, "accept", "ACCEPTED");
        market.expect(creator, orderId, "start", "IN_PROGRESS");
        market.expect(creator, orderId, "deliver", "DELIVERED");
        market.expect(brand, orderId, "approve", "COMPLETED");

        assertThat(STRIPE.server.findAll(postRequestedFor(urlPathEqualTo("/v1/transfers"))
                .withFormParam("transfer_group", equalTo(orderId)))).isEmpty();
        assertThat(Sql.count("SELECT count(*) FROM payouts WHERE order_id = ? AND provider_ref IS NULL"
                + " AND status = 'PENDING' AND net_amount = 4500", UUID.fromString(orderId))).isEqualTo(1);
    }

    @Test
    void a_declined_order_is_refunded_at_stripe_and_charge_refunded_is_then_a_no_op() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String orderId = market.order(creator, brand, 2500);
        String intent = pay(brand, orderId, 2500);
        assertThat(succeeded(newEventId(), intent, orderId, 2500).status()).isEqualTo(200);
        STRIPE.server.stubFor(post("/v1/refunds").withHeader("Idempotency-Key", equalTo("refund-" + intent))
                .willReturn(json(200, StripeFake.refund("re_" + intent, intent, 2500))));

        Reply declined = market.expect(creator, orderId, "decline", "DECLINED");

        assertThat(declined.data().path("payment").path("status").asText()).isEqualTo("REFUNDED");
        assertThat(declined.data().path("payment").path("refundRef").asText()).isEqualTo("re_" + intent);
        STRIPE.server.verify(postRequestedFor(urlPathEqualTo("/v1/refunds"))
                .withFormParam("payment_intent", equalTo(intent)).withFormParam("amount", equalTo("2500")));
        String charge = "{\"id\":\"ch_1\",\"object\":\"charge\",\"amount\":2500,\"amount_refunded\":2500,"
                + "\"payment_intent\":\"" + intent + "\",\"refunded\":true,\"metadata\":{\"orderId\":\"" + orderId
                + "\"},\"transfer_group\":\"" + orderId + "\"}";
        assertThat(deliver(api, event(newEventId(), "charge.refunded", charge)).status()).isEqualTo(200);
        assertThat(paymentStatus(orderId)).isEqualTo("REFUNDED");
        assertThat(StripeMarket.text("SELECT refund_ref FROM payments WHERE order_id = ?", UUID.fromString(orderId)))
                .isEqualTo("re_" + intent);
    }

    @Test
    void stripe_down_on_pay_answers_503_the_order_stays_pending_and_the_retry_reuses_the_idempotency_key() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String orderId = market.order(creator, brand, 1500);
        String intent = "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String scenario = "down-" + orderId;
        STRIPE.server.stubFor(post("/v1/payment_intents").withHeader("Idempotency-Key", equalTo("pi-" + orderId))
                .inScenario(scenario).whenScenarioStateIs("Started")
                .willReturn(json(500, StripeFake.apiError("api_error", "api_error", "An unknown error occurred")))
                .willSetStateTo("up"));
        STRIPE.server.stubFor(post("/v1/payment_intents").withHeader("Idempotency-Key", equalTo("pi-" + orderId))
                .inScenario(scenario).whenScenarioStateIs("up")
                .willReturn(json(200, StripeFake.paymentIntent(intent, 1500, orderId, "requires_payment_method"))));
        STRIPE.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/v1/payment_intents/" + intent)
                .willReturn(json(200, StripeFake.paymentIntent(intent, 1500, orderId, "requires_payment_method"))));

        Reply down = market.act(brand, orderId, Map.of("action", "pay"));
        assertThat(down.status()).as(down.toString()).isEqualTo(503);
        assertThat(down.code()).isEqualTo("PROVIDER_UNAVAILABLE");
        assertThat(down.json().path("success").asBoolean(true)).isFalse();
        assertThat(status(orderId)).isEqualTo("PENDING_PAYMENT");
        assertThat(Sql.count("SELECT count(*) FROM payments WHERE order_id = ?", UUID.fromString(orderId))).isZero();
        assertThat(Sql.count("SELECT count(*) FROM order_transitions WHERE order_id = ? AND action = 'PAY'",
                UUID.fromString(orderId))).isZero();

        Reply retried = market.expect(brand, orderId, "pay", "PENDING_PAYMENT");
        assertThat(retried.data().path("clientSecret").asText()).isEqualTo(StripeFake.clientSecretOf(intent));
        Reply again = market.expect(brand, orderId, "pay", "PENDING_PAYMENT");
        assertThat(again.data().path("clientSecret").asText()).isEqualTo(StripeFake.clientSecretOf(intent));

        List<LoggedRequest> creates = STRIPE.server.findAll(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
                .withFormParam("transfer_group", equalTo(orderId)));
        assertThat(creates).hasSize(2);
        assertThat(creates).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly("pi-" + orderId);
        STRIPE.server.verify(1, getRequestedFor(urlPathEqualTo("/v1/payment_intents/" + intent)));
        assertThat(Sql.count("SELECT count(*) FROM payments WHERE order_id = ? AND provider_ref = ?",
                UUID.fromString(orderId), intent)).isEqualTo(1);
    }

    @Test
    void a_failed_attempt_is_recorded_and_the_order_waits_for_a_later_success() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String orderId = market.order(creator, brand, 1200);
        String intent = pay(brand, orderId, 1200);
        String failed = StripeFake.paymentIntent(intent, 1200, orderId, "requires_payment_method")
                .replace("\"status\"", "\"last_payment_error\": {\"code\": \"card_declined\", \"decline_code\":"
                        + " \"insufficient_funds\", \"message\": \"Your card has insufficient funds.\","
                        + " \"type\": \"card_error\"}, \"status\"");

        assertThat(deliver(api, event(newEventId(), "payment_intent.payment_failed", failed)).status()).isEqualTo(200);

        assertThat(status(orderId)).isEqualTo("PENDING_PAYMENT");
        assertThat(paymentStatus(orderId)).isEqualTo("PENDING");
        assertThat(StripeMarket.text("SELECT failure_reason FROM payments WHERE order_id = ?", UUID.fromString(orderId)))
                .isEqualTo("Your card has insufficient funds.");
        assertThat(succeeded(newEventId(), intent, orderId, 1200).status()).isEqualTo(200);
        assertThat(status(orderId)).isEqualTo("PAID");
    }

    @Test
    void connect_onboarding_is_for_creators_only() {
        Accounts.Session brand = market.brand();

        Reply asBrand = api.post("/api/v1/payments/connect/account-link", Map.of(), brand.accessToken());
        assertThat(asBrand.status()).as(asBrand.toString()).isEqualTo(403);
        assertThat(asBrand.code()).isEqualTo("FORBIDDEN");
        Reply anonymous = api.post("/api/v1/payments/connect/account-link", Map.of());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(Sql.count("SELECT count(*) FROM payout_accounts WHERE user_id = ?", UUID.fromString(brand.userId())))
                .isZero();
        assertThat(STRIPE.server.findAll(postRequestedFor(urlPathEqualTo("/v1/accounts"))
                .withHeader("Idempotency-Key", equalTo("account-" + brand.userId())))).isEmpty();
    }

    @Test
    void a_second_onboarding_link_reuses_the_stored_account() {
        Accounts.Session creator = market.creator();
        String account = onboard(creator);

        Reply again = api.post("/api/v1/payments/connect/account-link", Map.of(), creator.accessToken());

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.data().path("accountId").asText()).isEqualTo(account);
        STRIPE.server.verify(1, postRequestedFor(urlPathEqualTo("/v1/accounts"))
                .withHeader("Idempotency-Key", equalTo("account-" + creator.userId())));
    }

    @Test
    void stripe_down_while_onboarding_answers_503_and_stores_nothing() {
        Accounts.Session creator = market.creator();
        STRIPE.server.stubFor(post("/v1/accounts").withHeader("Idempotency-Key", equalTo("account-" + creator.userId()))
                .willReturn(json(503, StripeFake.apiError("api_error", "api_error", "Service unavailable"))));

        Reply down = api.post("/api/v1/payments/connect/account-link", Map.of(), creator.accessToken());

        assertThat(down.status()).as(down.toString()).isEqualTo(503);
        assertThat(down.code()).isEqualTo("PROVIDER_UNAVAILABLE");
        assertThat(Sql.count("SELECT count(*) FROM payout_accounts WHERE user_id = ?",
                UUID.fromString(creator.userId()))).isZero();
    }
}
