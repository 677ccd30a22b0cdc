package io.ensemble.integrations.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.ensemble.integrations.payments.StripeApiFixtures.account;
import static io.ensemble.integrations.payments.StripeApiFixtures.accountLink;
import static io.ensemble.integrations.payments.StripeApiFixtures.cardError;
import static io.ensemble.integrations.payments.StripeApiFixtures.error;
import static io.ensemble.integrations.payments.StripeApiFixtures.paymentIntent;
import static io.ensemble.integrations.payments.StripeApiFixtures.refund;
import static io.ensemble.integrations.payments.StripeApiFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stripe.StripeClient;
import io.ensemble.payments.Money;
import io.ensemble.payments.OnboardingLink;
import io.ensemble.payments.PaymentStart;
import io.ensemble.payments.PayoutAccount;
import io.ensemble.payments.fakes.InMemoryPayoutAccounts;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.DomainException;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.UpstreamFailed;
import io.ensemble.shared.errors.ValidationFailed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Contract tests of the Stripe adapters against WireMock answering like Stripe's API reference:
 * what we send (form fields, idempotency keys, bearer key) and how answers and errors are read.
 */
class StripePaymentGatewayContractTest {
    @RegisterExtension
    static final WireMockExtension STRIPE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String KEY = "sk_test_contract";
    private final UUID orderId = UUID.fromString("01937c1e-5b9e-7cc4-9a57-3f0a4c1b2d3e");
    private final UUID creatorId = UUID.randomUUID();
    private final InMemoryPayoutAccounts payees = new InMemoryPayoutAccounts();
    private StripePaymentGateway gateway;
    private StripePayoutAccounts accounts;

    @BeforeEach
    void setUp() {
        StripeClient client = StripeClients.build(new StripeSettings(KEY, "whsec_test", STRIPE.baseUrl(),
                "https://app.example.com/return", "https://app.example.com/refresh", Duration.ofMillis(2000), 0,
                Duration.ofSeconds(300)));
        gateway = new StripePaymentGateway(client, payees);
        accounts = new StripePayoutAccounts(client, "https://app.example.com/return", "https://app.example.com/refresh");
    }

    @Test
    void creates_one_payment_intent_per_order_with_amount_currency_transfer_group_metadata_and_the_order_as_idempotency_key() {
        STRIPE.stubFor(post("/v1/payment_intents").willReturn(okJson(paymentIntent("pi_3MtwBwLkdIwHu7ix28a3tqPa",
                1999, orderId.toString()))));

        PaymentStart start = gateway.createPayment(orderId, new Money(1999, "USD"), Map.of("brandId", "b-1"));

        assertThat(start.providerRef()).isEqualTo("pi_3MtwBwLkdIwHu7ix28a3tqPa");
        assertThat(start.clientSecret()).contains("pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_Fb9VG0Dn4tcuPPDLVL8sA8LkT");
        STRIPE.verify(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Idempotency-Key", equalTo("pi-" + orderId))
                .withFormParam("amount", equalTo("1999"))
                .withFormParam("currency", equalTo("usd"))
                .withFormParam("transfer_group", equalTo(orderId.toString()))
                .withFormParam("metadata[orderId]", equalTo(orderId.toString()))
                .withFormParam("metadata[brandId]", equalTo("b-1"))
                .withFormParam("automatic_payment_methods[enabled]", equalTo("true")));
    }

    @Test
    void a_retry_after_stripe_failed_sends_the_same_idempotency_key() {
        STRIPE.stubFor(post("/v1/payment_intents").inScenario("down").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody(error("api_error", "api_error", "An unknown error occurred")))
                .willSetStateTo("up"));
        STRIPE.stubFor(post("/v1/payment_intents").inScenario("down").whenScenarioStateIs("up")
                .willReturn(okJson(paymentIntent("pi_retry", 500, orderId.toString()))));

        assertThatThrownBy(() -> gateway.createPayment(orderId, new Money(500, "USD"), Map.of()))
                .isInstanceOf(ProviderUnavailable.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("PROVIDER_UNAVAILABLE");
        assertThat(gateway.createPayment(orderId, new Money(500, "USD"), Map.of()).providerRef()).isEqualTo("pi_retry");

        List<LoggedRequest> sent = STRIPE.findAll(postRequestedFor(urlPathEqualTo("/v1/payment_intents")));
        assertThat(sent).hasSize(2);
        assertThat(sent).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly("pi-" + orderId);
    }

    @Test
    void a_timeout_is_provider_unavailable() {
        STRIPE.stubFor(post("/v1/payment_intents").willReturn(okJson(paymentIntent("pi_slow", 500, orderId.toString()))
                .withFixedDelay(6000)));

        assertThatThrownBy(() -> gateway.createPayment(orderId, new Money(500, "USD"), Map.of()))
                .isInstanceOf(ProviderUnavailable.class).hasMessageContaining("Stripe is unavailable");
    }

    @Test
    void a_rate_limit_or_a_rejected_key_is_provider_unavailable() {
        STRIPE.stubFor(post("/v1/payment_intents").willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withBody(error("invalid_request_error", "rate_limit", "Too many requests"))));
        assertThatThrownBy(() -> gateway.createPayment(orderId, new Money(500, "USD"), Map.of()))
                .isInstanceOf(ProviderUnavailable.class);

        STRIPE.stubFor(post("/v1/payment_intents").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody(error("invalid_request_error", "api_key_invalid", "Invalid API Key provided: sk_test_****"))));
        assertThatThrownBy(() -> gateway.createPayment(orderId, new Money(500, "USD"), Map.of()))
                .isInstanceOf(ProviderUnavailable.class).hasMessageContaining("STRIPE_SECRET_KEY")
                .hasMessageNotContaining("sk_test");
    }

    @Test
    void a_card_error_is_card_declined_with_the_decline_code() {
        STRIPE.stubFor(post("/v1/payment_intents").willReturn(aResponse().withStatus(402)
                .withHeader("Content-Type", "application/json").withBody(cardError("insufficient_funds"))));

        assertThatThrownBy(() -> gateway.createPayment(orderId, new Money(500, "USD"), Map.of()))
                .isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("insufficient_funds").hasMessageContaining("Your card has insufficient funds.")
                .extracting(e -> ((DomainException) e).code()).isEqualTo("CARD_DECLINED");
    }

    @Test
    void an_idempotency_error_is_a_conflict_and_an_invalid_request_is_provider_rejected() {
        STRIPE.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(error("idempotency_error",
                        "idempotency_key_in_use", "Keys for idempotent requests can only be used with the same parameters"))));
        assertThatThrownBy(() -> gateway.refund("pi_1", new Money(500, "USD"))).isInstanceOf(Conflict.class);

        STRIPE.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(error("invalid_request_error",
                        "charge_already_refunded", "Charge ch_1 has already been refunded."))));
        assertThatThrownBy(() -> gateway.refund("pi_1", new Money(500, "USD")))
                .isInstanceOf(UpstreamFailed.class).hasMessageContaining("charge_already_refunded");
    }

    @Test
    void refunds_the_payment_intent_in_full_once() {
        STRIPE.stubFor(post("/v1/refunds").willReturn(okJson(refund("re_1Nispe2eZvKYlo2Cd31jOCgZ", "pi_1", 1999))));

        assertThat(gateway.refund("pi_1", new Money(1999, "USD"))).isEqualTo("re_1Nispe2eZvKYlo2Cd31jOCgZ");
        STRIPE.verify(postRequestedFor(urlPathEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo("refund-pi_1"))
                .withFormParam("payment_intent", equalTo("pi_1"))
                .withFormParam("amount", equalTo("1999")));
    }

    @Test
    void reads_the_client_secret_of_a_started_payment_again() {
        STRIPE.stubFor(get("/v1/payment_intents/pi_again").willReturn(okJson(paymentIntent("pi_again", 1999,
                orderId.toString()))));

        assertThat(gateway.clientSecretOf("pi_again")).contains("pi_again_secret_Fb9VG0Dn4tcuPPDLVL8sA8LkT");
    }

    @Test
    void pays_out_by_transfer_to_the_connected_account_with_the_order_as_transfer_group() {
        payees.put(new PayoutAccount(creatorId, "stripe", "acct_1MTfjCQ9PRzxEwkZ", true, Instant.EPOCH, Instant.EPOCH));
        STRIPE.stubFor(post("/v1/transfers").willReturn(okJson(transfer("tr_1MiN3gLkdIwHu7ixNCZvFdgA", 1800,
                "acct_1MTfjCQ9PRzxEwkZ", orderId.toString()))));

        UUID payoutId = UUID.randomUUID();
        Optional<String> ref = gateway.payout(payoutId, creatorId, orderId, new Money(1800, "USD"));

        assertThat(ref).contains("tr_1MiN3gLkdIwHu7ixNCZvFdgA");
        STRIPE.verify(postRequestedFor(urlPathEqualTo("/v1/transfers"))
                .withHeader("Idempotency-Key", equalTo("transfer-" + payoutId))
                .withFormParam("metadata[payoutId]", equalTo(payoutId.toString()))
                .withFormParam("metadata[orderId]", equalTo(orderId.toString()))
                .withFormParam("amount", equalTo("1800"))
                .withFormParam("currency", equalTo("usd"))
                .withFormParam("destination", equalTo("acct_1MTfjCQ9PRzxEwkZ"))
                .withFormParam("transfer_group", equalTo(orderId.toString())));
    }

    @Test
    void a_transfer_retried_after_a_5xx_sends_the_same_payout_idempotency_key_and_a_failure_is_unavailable() {
        payees.put(new PayoutAccount(creatorId, "stripe", "acct_1MTfjCQ9PRzxEwkZ", true, Instant.EPOCH, Instant.EPOCH));
        STRIPE.stubFor(post("/v1/transfers").inScenario("transfer").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody(error("api_error", "api_error", "An unknown error occurred")))
                .willSetStateTo("up"));
        STRIPE.stubFor(post("/v1/transfers").inScenario("transfer").whenScenarioStateIs("up")
                .willReturn(okJson(transfer("tr_retried", 1800, "acct_1MTfjCQ9PRzxEwkZ", orderId.toString()))));
        UUID payoutId = UUID.randomUUID();

        assertThatThrownBy(() -> gateway.payout(payoutId, creatorId, orderId, new Money(1800, "USD")))
                .isInstanceOf(ProviderUnavailable.class);
        assertThat(gateway.payout(payoutId, creatorId, orderId, new Money(1800, "USD"))).contains("tr_retried");

        assertThat(STRIPE.findAll(postRequestedFor(urlPathEqualTo("/v1/transfers"))))
                .extracting(r -> r.getHeader("Idempotency-Key")).containsExactly("transfer-" + payoutId,
                        "transfer-" + payoutId);
    }

    @Test
    void cancels_an_unpaid_payment_intent_as_abandoned() {
        STRIPE.stubFor(post("/v1/payment_intents/pi_cancel/cancel").willReturn(okJson(
                StripeApiFixtures.canceledPaymentIntent("pi_cancel", 1999, orderId.toString()))));

        gateway.cancelPayment("pi_cancel");

        STRIPE.verify(1, postRequestedFor(urlPathEqualTo("/v1/payment_intents/pi_cancel/cancel"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Idempotency-Key", equalTo("pi-cancel-pi_cancel"))
                .withFormParam("cancellation_reason", equalTo("abandoned")));
    }

    @Test
    void a_cancel_stripe_refuses_or_cannot_answer_is_an_error_the_caller_can_ignore() {
        STRIPE.stubFor(post("/v1/payment_intents/pi_paid/cancel").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(error("invalid_request_error",
                        "payment_intent_unexpected_state", "This PaymentIntent's status is succeeded."))));
        STRIPE.stubFor(post("/v1/payment_intents/pi_down/cancel").willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withBody(error("api_error", "api_error", "Service unavailable"))));

        assertThatThrownBy(() -> gateway.cancelPayment("pi_paid")).isInstanceOf(UpstreamFailed.class)
                .hasMessageContaining("payment_intent_unexpected_state");
        assertThatThrownBy(() -> gateway.cancelPayment("pi_down")).isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void no_transfer_while_the_creator_has_no_account_with_payouts_enabled() {
        assertThat(gateway.payout(UUID.randomUUID(), creatorId, orderId, new Money(1800, "USD"))).isEmpty();
        payees.put(new PayoutAccount(creatorId, "stripe", "acct_pending", false, Instant.EPOCH, Instant.EPOCH));
        assertThat(gateway.payout(UUID.randomUUID(), creatorId, orderId, new Money(1800, "USD"))).isEmpty();

        assertThat(STRIPE.findAll(postRequestedFor(urlPathEqualTo("/v1/transfers")))).isEmpty();
    }

    @Test
    void creates_an_express_account_once_per_user_and_an_onboarding_link() {
        STRIPE.stubFor(post("/v1/accounts").willReturn(okJson(account("acct_1Nv0FGQ9RKHgCVdK"))));
        STRIPE.stubFor(post("/v1/account_links").willReturn(okJson(accountLink(
                "https://connect.stripe.com/setup/s/acct_1Nv0FGQ9RKHgCVdK/Rm9vQmFy", 1680577733L))));

        assertThat(accounts.createAccount(creatorId)).isEqualTo("acct_1Nv0FGQ9RKHgCVdK");
        OnboardingLink link = accounts.onboardingLink("acct_1Nv0FGQ9RKHgCVdK");

        assertThat(link.url()).isEqualTo("https://connect.stripe.com/setup/s/acct_1Nv0FGQ9RKHgCVdK/Rm9vQmFy");
        assertThat(link.expiresAt()).isEqualTo(Instant.ofEpochSecond(1680577733L));
        STRIPE.verify(postRequestedFor(urlPathEqualTo("/v1/accounts"))
                .withHeader("Idempotency-Key", equalTo("account-" + creatorId))
                .withFormParam("type", equalTo("express"))
                .withFormParam("capabilities[transfers][requested]", equalTo("true"))
                .withFormParam("metadata[userId]", equalTo(creatorId.toString())));
        STRIPE.verify(postRequestedFor(urlPathEqualTo("/v1/account_links"))
                .withFormParam("account", equalTo("acct_1Nv0FGQ9RKHgCVdK"))
                .withFormParam("type", equalTo("account_onboarding"))
                .withFormParam("return_url", equalTo("https://app.example.com/return"))
                .withFormParam("refresh_url", equalTo("https://app.example.com/refresh")));
    }

    @Test
    void stripe_down_while_onboarding_is_provider_unavailable() {
        STRIPE.stubFor(post("/v1/accounts").willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withBody(error("api_error", "api_error", "Service unavailable"))));

        assertThatThrownBy(() -> accounts.createAccount(creatorId)).isInstanceOf(ProviderUnavailable.class);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_contract").withBody(body);
    }
}
