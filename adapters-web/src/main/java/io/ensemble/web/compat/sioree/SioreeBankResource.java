package io.ensemble.web.compat.sioree;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.banking.BankingService;
import io.ensemble.banking.ExchangePublicToken;
import io.ensemble.banking.LinkToken;
import io.ensemble.identity.Caller;
import io.ensemble.web.compat.sioree.SioreeAuthBodies.Done;
import io.ensemble.web.compat.sioree.SioreeLinkBodies.BankAccountAnswer;
import io.ensemble.web.compat.sioree.SioreeLinkBodies.BankAccountBody;
import io.ensemble.web.compat.sioree.SioreeLinkBodies.BankAccountsAnswer;
import io.ensemble.web.compat.sioree.SioreeLinkBodies.LinkTokenBody;
import io.ensemble.web.compat.sioree.SioreeLinkBodies.PublicTokenBody;
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
import java.util.Objects;
import java.util.Optional;

/**
 * Seeds/000 §Bank Account Endpoints at {@code /api/bank} with bare bodies, over the native bank
 * linking use cases (the configured {@code bankLinking} provider; another user's account is 404).
 */
@Path("/api/bank")
@SioreeRoute
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class SioreeBankResource {
    private final BankingService banking;

    SioreeBankResource(BankingService banking) {
        this.banking = Objects.requireNonNull(banking, "banking");
    }

    /** A link token for the app's Plaid Link: {@code {linkToken, expiration}}. */
    @POST
    @Path("/link-token")
    @Timed
    @ErrorCodes({"INVALID_ACCESS_TOKEN", "INVALID_PUBLIC_TOKEN", "ITEM_LOGIN_REQUIRED", "ITEM_NOT_FOUND",
            "UPSTREAM_FAILED"})
    public LinkTokenBody linkToken(@Auth Caller caller) {
        LinkToken token = banking.createLinkToken(caller);
        return new LinkTokenBody(token.token(), token.expiration());
    }

    /** Exchanges {@code publicToken}: {@code {account}} (the item's first account); {@code Idempotency-Key} honoured. */
    @POST
    @Path("/exchange-token")
    @Timed
    @ErrorCodes({"BANK_ITEM_ALREADY_LINKED", "IDEMPOTENCY_KEY_IN_USE", "IDEMPOTENCY_KEY_RESULT_GONE",
            "INVALID_ACCESS_TOKEN", "INVALID_PUBLIC_TOKEN", "ITEM_LOGIN_REQUIRED", "ITEM_NOT_FOUND",
            "NO_BANK_ACCOUNTS", "UPSTREAM_FAILED"})
    public BankAccountAnswer exchange(@Auth Caller caller, @HeaderParam(IdempotencyHeaders.KEY) String key,
                                      PublicTokenBody body) {
        PublicTokenBody req = Objects.requireNonNullElse(body, PublicTokenBody.EMPTY);
        var result = banking.linkAccounts(caller, Optional.ofNullable(key), new ExchangePublicToken(req.publicToken()));
        return new BankAccountAnswer(BankAccountBody.of(result.first()));
    }

    /** The caller's accounts: {@code {accounts}}. */
    @GET
    @Path("/accounts")
    @Timed
    @ErrorCodes({})
    public BankAccountsAnswer accounts(@Auth Caller caller) {
        return new BankAccountsAnswer(banking.listAccounts(caller).stream().map(BankAccountBody::of).toList());
    }

    /** Unlinks one of the caller's accounts: {@code {success: true}}; 404 for anyone else's. */
    @DELETE
    @Path("/accounts/{accountId}")
    @Timed
    @ErrorCodes({"INVALID_ACCESS_TOKEN", "INVALID_PUBLIC_TOKEN", "ITEM_LOGIN_REQUIRED", "ITEM_NOT_FOUND",
            "UPSTREAM_FAILED"})
    public Done unlink(@Auth Caller caller, @PathParam("accountId") String accountId) {
        banking.unlinkAccount(caller, PathIds.uuid(accountId));
        return Done.OK;
    }
}
