package io.ensemble.web.payments;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.payments.PayoutService;
import io.ensemble.payments.SettlePayout;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageQuery;
import io.ensemble.web.http.PageView;
import io.ensemble.web.http.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * The payouts ledger routes (issue 8 §3, seeds/003 §Payouts, under {@code /api/v1/payouts}). Lists
 * take {@code ?limit} and {@code ?cursor} and answer {@code {items, nextCursor}}.
 */
@Path("/api/v1/payouts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class PayoutResource {
    private final PayoutService payouts;

    public PayoutResource(PayoutService payouts) {
        this.payouts = payouts;
    }

    /** The caller's payouts, newest first. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<PayoutView>> mine(@Auth Caller caller, @BeanParam PageQuery page) {
        return ApiResponse.ok("Payouts", PageView.of(payouts.myPayouts(caller, page.request()),
                PayoutView::of));
    }

    /** A user's payouts (admin only; 403 otherwise). */
    @GET
    @Path("/user/{userId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<PayoutView>> ofUser(@Auth Caller caller, @PathParam("userId") String userId,
                                                    @BeanParam PageQuery page) {
        return ApiResponse.ok("Payouts", PageView.of(payouts.payoutsOf(caller, PathIds.uuid(userId),
                page.request()), PayoutView::of));
    }

    /** Marks a PENDING payout PAID or FAILED (admin only): 403 / 404 / 409 {@code PAYOUT_SETTLED} / 400. */
    @PUT
    @Path("/{payoutId}")
    @Timed
    @ErrorCodes({"PAYOUT_SETTLED", "TRANSFER_IN_PROGRESS"})
    public ApiResponse<PayoutView> settle(@Auth Caller caller, @Context HttpServletRequest http,
                                          @PathParam("payoutId") String payoutId, PayoutUpdateBody body) {
        PayoutUpdateBody b = Objects.requireNonNullElse(body, PayoutUpdateBody.EMPTY);
        return ApiResponse.ok("Payout updated", PayoutView.of(payouts.settle(caller, PathIds.uuid(payoutId),
                new SettlePayout(b.status(), b.note()), RequestOrigins.of(http))));
    }
}
