package io.ensemble.web.payments;

import com.codahale.metrics.annotation.Timed;
import io.ensemble.payments.PaymentWebhooks;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * {@code POST /api/v1/payments/webhooks/stripe} (issue 8 §3): Stripe's webhook endpoint, no bearer
 * token. The body is taken as raw bytes so the signature is verified on exactly what Stripe signed.
 * Answers 200 {@code {received: true, duplicate}} for a verified event (also for unknown types and
 * for an event id seen before), 400 {@code WEBHOOK_REJECTED} for forged, stale or malformed ones,
 * 503 when it cannot be processed now (Stripe then delivers it again).
 */
@Path("/api/v1/payments/webhooks/stripe")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public final class StripeWebhookResource {
    private final PaymentWebhooks webhooks;

    /** @param webhooks the use case over the Stripe verifier */
    public StripeWebhookResource(PaymentWebhooks webhooks) {
        this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
    }

    /** Verifies and processes one delivery; see the class comment for the answers. */
    @POST
    @Timed
    @ErrorCodes({"CARD_DECLINED", "ORDER_CHANGED", "PAYMENT_IDEMPOTENCY", "PAYMENT_NOT_PENDING", "PROVIDER_REJECTED",
            "TICKET_NOT_REFUNDABLE", "WEBHOOK_REJECTED"})
    public ApiResponse<WebhookReceipt> receive(byte[] body, @HeaderParam("Stripe-Signature") String signature) {
        PaymentWebhooks.Outcome outcome = webhooks.receive(body == null ? new byte[0] : body, signature);
        boolean duplicate = outcome == PaymentWebhooks.Outcome.DUPLICATE;
        return ApiResponse.ok(duplicate ? "Event already processed" : "Event processed",
                new WebhookReceipt(true, duplicate));
    }

    /** The acknowledgement body's {@code data}: {@code {received, duplicate}}. */
    public record WebhookReceipt(boolean received, boolean duplicate) {
    }
}
