package io.ensemble.web.banking;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.banking.BankingService;
import io.ensemble.banking.ExchangePublicToken;
import io.ensemble.banking.LinkResult;
import io.ensemble.banking.LinkToken;
import io.ensemble.identity.Caller;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.IdempotencyHeaders;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Bank linking routes of seeds/000 §Bank Account Endpoints under {@code /api/v1/bank}, in the
 * CONVENTIONS envelope with the seed's field names inside {@code data}. Errors: 400 bad or rejected
 * token, 403 staff accounts, 404 another user's account, 409 {@code ITEM_LOGIN_REQUIRED} /
 * {@code BANK_ITEM_ALREADY_LINKED}, 429, 503 {@code PROVIDER_UNAVAILABLE} / {@code PROVIDER_NOT_CONFIGURED}.
 */
@Path("/api/v1/bank")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class BankResource {
    private final BankingService banking;

    /** @param banking the bank linking use cases */
    public BankResource(BankingService banking) {
        this.banking = Objects.requireNonNull(banking, "banking");
    }

    /** Link token for the client's link flow: {@code data: {linkToken, expiration}}. */
    @POST
    @Path("/link-token")
    @Timed
    @ErrorCodes({"INVALID_ACCESS_TOKEN", "INVALID_PUBLIC_TOKEN", "ITEM_LOGIN_REQUIRED", "ITEM_NOT_FOUND",
            "UPSTREAM_FAILED"})
    public ApiResponse<LinkTokenView> linkToken(@Auth Caller caller) {
        LinkToken token = banking.createLinkToken(caller);
        return ApiResponse.ok("Link token created", new LinkTokenView(token.token(), token.expiration()));
    }

    /**
     * Exchanges {@code {publicToken}} and stores the item's accounts: 201 with {@code data: {account,
     * accounts}} ({@code account} is the first, as in seeds/000), or 200 with the same shape when the
     * caller had already linked this item. Accepts {@code Idempotency-Key} like {@code POST /api/v1/orders}:
     * a repeat with the same body answers the first status and shape from storage (header
     * {@code Idempotent-Replayed: true}, no second exchange at the provider); another body under the
     * key is 422 {@code IDEMPOTENCY_KEY_REUSED}.
     */
    @POST
    @Path("/exchange-token")
    @Timed
    @Answers(value = Map.class, status = {201, 200})
    @ErrorCodes({"BANK_ITEM_ALREADY_LINKED", "IDEMPOTENCY_KEY_IN_USE", "IDEMPOTENCY_KEY_RESULT_GONE",
            "INVALID_ACCESS_TOKEN", "INVALID_PUBLIC_TOKEN", "ITEM_LOGIN_REQUIRED", "ITEM_NOT_FOUND",
            "NO_BANK_ACCOUNTS", "UPSTREAM_FAILED"})
    public Response exchangeToken(@Auth Caller caller, @HeaderParam(IdempotencyHeaders.KEY) String idempotencyKey,
                                  ExchangeTokenBody body) {
        ExchangeTokenBody req = Objects.requireNonNullElse(body, ExchangeTokenBody.EMPTY);
        LinkResult result = banking.linkAccounts(caller, Optional.ofNullable(idempotencyKey),
                new ExchangePublicToken(req.publicToken()));
        Map<String, Object> data = Map.of("account", BankAccountView.of(result.first()),
                "accounts", result.accounts().stream().map(BankAccountView::of).toList());
        Response.ResponseBuilder response = result.created()
                ? Response.status(Response.Status.CREATED).entity(ApiResponse.ok("Bank account linked", data))
                : Response.ok(ApiResponse.ok("Bank account already linked", data));
        return IdempotencyHeaders.build(response, result.replayed());
    }

    /** The caller's linked accounts, oldest first: {@code data: {accounts: [...]}}. */
    @GET
    @Path("/accounts")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Map<String, List<BankAccountView>>> accounts(@Auth Caller caller) {
        return ApiResponse.ok("Bank accounts", Map.of("accounts",
                banking.listAccounts(caller).stream().map(BankAccountView::of).toList()));
    }

    /** Unlinks one of the caller's accounts (revoking the item at the provider with its last account); 404 otherwise. */
    @DELETE
    @Path("/accounts/{accountId}")
    @Timed
    @ErrorCodes({"INVALID_ACCESS_TOKEN", "INVALID_PUBLIC_TOKEN", "ITEM_LOGIN_REQUIRED", "ITEM_NOT_FOUND",
            "UPSTREAM_FAILED"})
    public ApiResponse<Void> unlink(@Auth Caller caller, @PathParam("accountId") String accountId) {
        banking.unlinkAccount(caller, PathIds.uuid(accountId));
        return ApiResponse.ok("Bank account unlinked", null);
    }

    /**
     * {@code data} of the link-token answer (seeds/000: {@code {linkToken, expiration}}).
     *
     * @param linkToken the provider's link token
     * @param expiration when it expires (UTC)
     */
    public record LinkTokenView(String linkToken, Instant expiration) {
    }
}
