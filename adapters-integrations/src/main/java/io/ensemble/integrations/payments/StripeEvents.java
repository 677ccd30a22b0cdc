package io.ensemble.integrations.payments;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.payments.PaymentEvent;
import io.ensemble.payments.ProviderEvent;
import io.ensemble.payments.WebhookRejected;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a Stripe Event object ({@code {id, object: "event", type, data: {object}}}, Stripe API
 * reference §Events) into a {@link ProviderEvent}. Handled types: {@code payment_intent.succeeded},
 * {@code payment_intent.payment_failed}, {@code charge.refunded}, {@code account.updated},
 * {@code transfer.created|updated|reversed}. Every other type (including
 * {@code payment_intent.created} and {@code payment_intent.processing}, which must never undo a
 * later state) is acknowledged as {@link PaymentEvent.NoChange}.
 */
final class StripeEvents {
    private StripeEvents() {
    }

    /**
     * @param event the parsed, already verified body
     * @throws WebhookRejected when it is not an event or a handled type lacks its ids
     */
    static ProviderEvent read(JsonNode event) {
        String id = text(event, "id").filter(s -> s.startsWith("evt_")).orElseThrow(() -> bad("no event id"));
        if (!"event".equals(event.path("object").asText())) {
            throw bad("not an event object");
        }
        String type = text(event, "type").orElseThrow(() -> bad("no event type"));
        JsonNode object = event.path("data").path("object");
        if (!object.isObject()) {
            throw bad("no data.object");
        }
        return new ProviderEvent(StripePaymentGateway.NAME, id, type, change(type, object));
    }

    private static PaymentEvent change(String type, JsonNode object) {
        switch (type) {
            case "payment_intent.succeeded":
                return orderOf(object).<PaymentEvent>map(order -> new PaymentEvent.PaymentSucceeded(order,
                        required(object, "id"))).orElseGet(PaymentEvent.NoChange::new);
            case "payment_intent.payment_failed":
                String reason = text(object.path("last_payment_error"), "message")
                        .or(() -> text(object.path("last_payment_error"), "code")).orElse("payment failed");
                return orderOf(object).<PaymentEvent>map(order -> new PaymentEvent.PaymentAttemptFailed(order,
                        required(object, "id"), reason)).orElseGet(PaymentEvent.NoChange::new);
            case "charge.refunded":
                Optional<String> intent = text(object, "payment_intent");
                Optional<String> refund = Optional.ofNullable(object.path("refunds").path("data").path(0)
                        .path("id").textValue());
                return orderOf(object).flatMap(order -> intent.<PaymentEvent>map(pi ->
                        new PaymentEvent.PaymentRefunded(order, pi, refund))).orElseGet(PaymentEvent.NoChange::new);
            case "account.updated":
                return new PaymentEvent.PayoutAccountUpdated(required(object, "id"),
                        object.path("payouts_enabled").asBoolean(false));
            case "transfer.created":
            case "transfer.updated":
            case "transfer.reversed":
                boolean reversed = "transfer.reversed".equals(type) || object.path("reversed").asBoolean(false);
                return new PaymentEvent.TransferUpdated(required(object, "id"), uuid(text(object, "transfer_group")),
                        reversed);
            default:
                return new PaymentEvent.NoChange();
        }
    }

    /** The order id from {@code metadata.orderId}, else {@code transfer_group}. */
    private static Optional<UUID> orderOf(JsonNode object) {
        return uuid(text(object.path("metadata"), "orderId")).or(() -> uuid(text(object, "transfer_group")));
    }

    private static Optional<UUID> uuid(Optional<String> value) {
        try {
            return value.map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String required(JsonNode node, String field) {
        return text(node, field).orElseThrow(() -> bad("data.object." + field + " is missing"));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.textValue().isBlank() ? Optional.of(value.textValue()) : Optional.empty();
    }

    private static WebhookRejected bad(String why) {
        return new WebhookRejected("Not a Stripe event: " + why + ".");
    }
}
