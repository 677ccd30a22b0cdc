package io.ensemble.web.agency;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.agency.MemberPayout;
import io.ensemble.agency.MemberPayoutRepository;
import io.ensemble.agency.MemberPayoutService;
import io.ensemble.agency.PayoutDraft;
import io.ensemble.identity.Caller;
import io.ensemble.payments.PayoutStatus;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Member payouts (issue 22 §1) under {@code /api/v1/agency/payouts}, over the one payouts ledger shared with the
 * marketplace: admins create ({@code {userId, amount (minor units, > 0), currency (ISO 4217), description?}}),
 * settle ({@code POST /{id}/settle {status: paid|failed, note?}}) and list with filters ({@code ?userId,
 * status, source=order|agency, from, to}); members read their own (another's answers 404). Totals per member
 * and currency over a period: {@code GET /totals?from&to} (ISO-8601; both sources).
 */
@Path("/api/v1/agency/payouts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class AgencyPayoutResource {
    private final MemberPayoutService payouts;

    /** @param payouts the use cases */
    public AgencyPayoutResource(MemberPayoutService payouts) {
        this.payouts = Objects.requireNonNull(payouts, "payouts");
    }

    /** Ledger rows, newest first (at most 200). */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<List<AgencyPayoutView>> list(@Auth Caller caller, @QueryParam("userId") String userId,
                                              @QueryParam("status") String status, @QueryParam("source") String source,
                                              @QueryParam("from") String from, @QueryParam("to") String to) {
        var filter = new MemberPayoutRepository.Filter(AgencyQuery.uuid("userId", userId),
                AgencyQuery.choice("status", status, PayoutStatus.class),
                AgencyQuery.choice("source", source, MemberPayout.Source.class),
                AgencyQuery.instant("from", from), AgencyQuery.instant("to", to));
        return ApiResponse.ok("Payouts", payouts.list(caller, filter).stream().map(AgencyPayoutView::of).toList());
    }

    /** Creates a PENDING payout to a member (ADMIN); 201 with the payout. */
    @POST
    @Timed
    @Answers(value = AgencyPayoutView.class, status = 201)
    @ErrorCodes({})
    public Response create(@Auth Caller caller, AgencyPayoutView.AgencyPayoutBody body) {
        AgencyPayoutView.AgencyPayoutBody b = body == null ? new AgencyPayoutView.AgencyPayoutBody(null, null, null, null) : body;
        return ApiResponse.created("Payout created", AgencyPayoutView.of(payouts.create(caller,
                new PayoutDraft(b.userId(), b.amount(), b.currency(), b.description()))));
    }

    /** Totals per member and currency over {@code [from, to)}: an admin's all (or {@code ?userId}), a member's own. */
    @GET
    @Path("/totals")
    @Timed
    @ErrorCodes({})
    public ApiResponse<List<AgencyPayoutView.AgencyPayoutTotal>> totals(@Auth Caller caller, @QueryParam("userId") String userId,
                                                      @QueryParam("from") String from, @QueryParam("to") String to) {
        Instant f = AgencyQuery.instant("from", from).orElseThrow(() -> AgencyQuery.invalid("from", "is required"));
        Instant t = AgencyQuery.instant("to", to).orElseThrow(() -> AgencyQuery.invalid("to", "is required"));
        return ApiResponse.ok("Payout totals", payouts.totals(caller, AgencyQuery.uuid("userId", userId), f, t)
                .stream().map(AgencyPayoutView.AgencyPayoutTotal::of).toList());
    }

    /** One ledger row. */
    @GET
    @Path("/{payoutId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<AgencyPayoutView> one(@Auth Caller caller, @PathParam("payoutId") String payoutId) {
        return ApiResponse.ok("Payout", AgencyPayoutView.of(payouts.payout(caller, PathIds.uuid(payoutId))));
    }

    /** Settles a PENDING agency payout (ADMIN); 409 PAYOUT_SETTLED when it was settled already. */
    @POST
    @Path("/{payoutId}/settle")
    @Timed
    @ErrorCodes({"PAYOUT_SETTLED"})
    public ApiResponse<AgencyPayoutView> settle(@Auth Caller caller, @PathParam("payoutId") String payoutId,
                                          AgencyPayoutView.AgencyPayoutSettleBody body) {
        AgencyPayoutView.AgencyPayoutSettleBody b = body == null ? new AgencyPayoutView.AgencyPayoutSettleBody(null, null) : body;
        return ApiResponse.ok("Payout settled", AgencyPayoutView.of(payouts.settle(caller, PathIds.uuid(payoutId),
                b.status(), b.note())));
    }
}
