package io.ensemble.web.banking;

import com.codahale.metrics.annotation.Timed;
import io.ensemble.banking.BankWebhookService;
import io.ensemble.banking.WebhookReceipt;
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
 * {@code POST /api/v1/bank/webhooks/plaid}: Plaid's item webhooks, unauthenticated but verified on the raw
 * body ({@code Plaid-Verification} header; Plaid API docs "Verify webhooks"). 200 {@code data: {type, code,
 * itemUpdated}} when processed; 400 {@code WEBHOOK_SIGNATURE_INVALID} (forged, stale, other algorithm,
 * unknown key, body mismatch) or {@code WEBHOOK_REPLAYED}, with nothing changed; 503 when the
 * verification key cannot be fetched (Plaid retries) or Plaid is not configured.
 */
@Path("/api/v1/bank/webhooks/plaid")
@Produces(MediaType.APPLICATION_JSON)
public final class PlaidWebhookResource {
    /** The header carrying Plaid's signed JWT. */
    public static final String SIGNATURE_HEADER = "Plaid-Verification";

    private final BankWebhookService webhooks;

    /** @param webhooks verifies, records and applies webhooks */
    public PlaidWebhookResource(BankWebhookService webhooks) {
        this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
    }

    /**
     * @param signature the {@code Plaid-Verification} JWT
     * @param body the raw request body, exactly as sent (the signature covers its bytes)
     * @return what was done with the webhook
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Timed
    @ErrorCodes({"INVALID_ACCESS_TOKEN", "INVALID_PUBLIC_TOKEN", "ITEM_LOGIN_REQUIRED", "ITEM_NOT_FOUND",
            "UPSTREAM_FAILED", "WEBHOOK_BODY_INVALID", "WEBHOOK_REPLAYED", "WEBHOOK_SIGNATURE_INVALID"})
    public ApiResponse<WebhookReceipt> receive(@HeaderParam(SIGNATURE_HEADER) String signature, byte[] body) {
        WebhookReceipt receipt = webhooks.receive(body == null ? new byte[0] : body, signature);
        return ApiResponse.ok("Webhook processed", receipt);
    }
}
