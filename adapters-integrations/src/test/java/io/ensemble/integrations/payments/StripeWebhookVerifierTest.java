package io.ensemble.integrations.payments;

import static io.ensemble.integrations.payments.StripeSigner.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.payments.PaymentEvent;
import io.ensemble.payments.ProviderEvent;
import io.ensemble.payments.WebhookRejected;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Stripe webhook verification ("Check the webhook signatures": {@code t=…,v1=HMAC-SHA256(secret,
 * t + "." + body)}, 300 s tolerance) and the reading of each handled event type.
 */
class StripeWebhookVerifierTest {
    private static final String SECRET = "whsec_test_secret";
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final StripeWebhookVerifier verifier = new StripeWebhookVerifier(SECRET, Duration.ofSeconds(300),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final UUID orderId = UUID.randomUUID();

    static String event(String id, String type, String object) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"2025-04-30.basil\",\"created\":1680064028,"
                + "\"data\":{\"object\":" + object + "},\"livemode\":false,\"pending_webhooks\":1,"
                + "\"request\":{\"id\":null,\"idempotency_key\":null},\"type\":\"" + type + "\"}";
    }

    private ProviderEvent verified(String body) {
        return verifier.verify(body.getBytes(StandardCharsets.UTF_8), signature(SECRET, NOW.getEpochSecond(), body));
    }

    private String intent(String status, String extra) {
        return "{\"id\":\"pi_1\",\"object\":\"payment_intent\",\"amount\":1999,\"currency\":\"usd\",\"status\":\""
                + status + "\",\"metadata\":{\"orderId\":\"" + orderId + "\"},\"transfer_group\":\"" + orderId + "\""
                + extra + "}";
    }

    @Test
    void accepts_a_correctly_signed_payment_intent_succeeded() {
        ProviderEvent e = verified(event("evt_1", "payment_intent.succeeded", intent("succeeded", "")));

        assertThat(e.provider()).isEqualTo("stripe");
        assertThat(e.eventId()).isEqualTo("evt_1");
        assertThat(e.type()).isEqualTo("payment_intent.succeeded");
        assertThat(e.change()).isEqualTo(new PaymentEvent.PaymentSucceeded(orderId, "pi_1"));
    }

    @Test
    void accepts_a_signature_within_the_tolerance_and_any_of_several_v1_values() {
        String body = event("evt_2", "payment_intent.created", intent("requires_payment_method", ""));
        long t = NOW.getEpochSecond() - 299;
        String header = "t=" + t + ",v1=" + "00".repeat(32) + "," + signature(SECRET, t, body).split(",")[1];

        assertThat(verifier.verify(body.getBytes(StandardCharsets.UTF_8), header).change())
                .isInstanceOf(PaymentEvent.NoChange.class);
    }

    @Test
    void rejects_a_forged_signature_a_wrong_secret_and_a_changed_body() {
        String body = event("evt_3", "payment_intent.succeeded", intent("succeeded", ""));
        long t = NOW.getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verifier.verify(bytes, "t=" + t + ",v1=" + "ab".repeat(32)))
                .isInstanceOf(WebhookRejected.class);
        assertThatThrownBy(() -> verifier.verify(bytes, signature("whsec_other", t, body)))
                .isInstanceOf(WebhookRejected.class);
        assertThatThrownBy(() -> verifier.verify(body.replace("1999", "1").getBytes(StandardCharsets.UTF_8),
                signature(SECRET, t, body))).isInstanceOf(WebhookRejected.class);
    }

    @Test
    void rejects_a_stale_or_future_signature_a_missing_header_and_a_header_without_v1() {
        String body = event("evt_4", "payment_intent.succeeded", intent("succeeded", ""));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verifier.verify(bytes, signature(SECRET, NOW.getEpochSecond() - 301, body)))
                .isInstanceOf(WebhookRejected.class).hasMessageContaining("300");
        assertThatThrownBy(() -> verifier.verify(bytes, signature(SECRET, NOW.getEpochSecond() + 301, body)))
                .isInstanceOf(WebhookRejected.class);
        assertThatThrownBy(() -> verifier.verify(bytes, null)).isInstanceOf(WebhookRejected.class)
                .hasMessageContaining("Stripe-Signature");
        assertThatThrownBy(() -> verifier.verify(bytes, "t=" + NOW.getEpochSecond()))
                .isInstanceOf(WebhookRejected.class);
        assertThatThrownBy(() -> verifier.verify(bytes, "v0=abc")).isInstanceOf(WebhookRejected.class);
    }

    @Test
    void rejects_a_non_numeric_empty_or_bare_timestamp_as_a_bad_signature() {
        String body = event("evt_4b", "payment_intent.succeeded", intent("succeeded", ""));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String v1 = signature(SECRET, NOW.getEpochSecond(), body).split(",", 2)[1];
        for (String header : new String[] {"t=abc," + v1, "t=," + v1, "t," + v1, "t=1e9," + v1,
                "t=99999999999999999999," + v1}) {
            assertThatThrownBy(() -> verifier.verify(bytes, header)).as(header)
                    .isInstanceOf(WebhookRejected.class);
        }
    }

    @Test
    void rejects_signed_bodies_that_are_not_events() {
        assertThatThrownBy(() -> verified("not json")).isInstanceOf(WebhookRejected.class);
        assertThatThrownBy(() -> verified("[1,2]")).isInstanceOf(WebhookRejected.class);
        assertThatThrownBy(() -> verified("{\"id\":\"evt_5\",\"object\":\"charge\",\"type\":\"x\",\"data\":{\"object\":{}}}"))
                .isInstanceOf(WebhookRejected.class);
        assertThatThrownBy(() -> verified("{\"object\":\"event\",\"type\":\"x\",\"data\":{\"object\":{}}}"))
                .isInstanceOf(WebhookRejected.class);
        byte[] notUtf8 = {(byte) 0xff, (byte) 0xfe};
        assertThatThrownBy(() -> verifier.verify(notUtf8, "t=1,v1=00")).isInstanceOf(WebhookRejected.class);
    }

    @Test
    void reads_a_failed_attempt_with_stripes_message() {
        ProviderEvent e = verified(event("evt_6", "payment_intent.payment_failed", intent("requires_payment_method",
                ",\"last_payment_error\":{\"code\":\"card_declined\",\"decline_code\":\"generic_decline\","
                        + "\"message\":\"Your card was declined.\",\"type\":\"card_error\"}")));

        assertThat(e.change()).isEqualTo(new PaymentEvent.PaymentAttemptFailed(orderId, "pi_1", "Your card was declined."));
    }

    @Test
    void reads_charge_refunded_account_updated_and_transfers() {
        String charge = "{\"id\":\"ch_1\",\"object\":\"charge\",\"amount\":1999,\"amount_refunded\":1999,"
                + "\"payment_intent\":\"pi_1\",\"refunded\":true,\"metadata\":{},\"transfer_group\":\"" + orderId + "\","
                + "\"refunds\":{\"object\":\"list\",\"data\":[{\"id\":\"re_1\",\"object\":\"refund\"}]}}";
        assertThat(verified(event("evt_7", "charge.refunded", charge)).change())
                .isEqualTo(new PaymentEvent.PaymentRefunded(orderId, "pi_1", Optional.of("re_1")));

        String account = "{\"id\":\"acct_1\",\"object\":\"account\",\"charges_enabled\":true,"
                + "\"details_submitted\":true,\"payouts_enabled\":true,\"type\":\"express\"}";
        assertThat(verified(event("evt_8", "account.updated", account)).change())
                .isEqualTo(new PaymentEvent.PayoutAccountUpdated("acct_1", true));

        String transfer = "{\"id\":\"tr_1\",\"object\":\"transfer\",\"amount\":1800,\"amount_reversed\":0,"
                + "\"destination\":\"acct_1\",\"reversed\":false,\"transfer_group\":\"" + orderId + "\"}";
        assertThat(verified(event("evt_9", "transfer.created", transfer)).change())
                .isEqualTo(new PaymentEvent.TransferUpdated("tr_1", Optional.of(orderId), false));
        assertThat(verified(event("evt_10", "transfer.reversed", transfer.replace("\"reversed\":false",
                "\"reversed\":true"))).change())
                .isEqualTo(new PaymentEvent.TransferUpdated("tr_1", Optional.of(orderId), true));
        assertThat(verified(event("evt_11", "transfer.updated", transfer.replace(orderId.toString(), "ORDER_95")))
                .change()).isEqualTo(new PaymentEvent.TransferUpdated("tr_1", Optional.empty(), false));
    }

    @Test
    void acknowledges_unknown_types_and_intents_of_other_systems_as_no_change() {
        assertThat(verified(event("evt_12", "customer.created", "{\"id\":\"cus_1\",\"object\":\"customer\"}")).change())
                .isInstanceOf(PaymentEvent.NoChange.class);
        assertThat(verified(event("evt_13", "payment_intent.processing", intent("processing", ""))).change())
                .isInstanceOf(PaymentEvent.NoChange.class);
        assertThat(verified(event("evt_14", "payment_intent.succeeded",
                "{\"id\":\"pi_x\",\"object\":\"payment_intent\",\"metadata\":{}}")).change())
                .isInstanceOf(PaymentEvent.NoChange.class);
    }
}
