package io.ensemble.web.compat.idyll;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.agency.MemberPayout;
import io.ensemble.agency.MemberPayoutRepository;
import io.ensemble.agency.MemberPayoutService;
import io.ensemble.agency.PayoutDraft;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.payments.PayoutStatus;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.web.agency.AgencyQuery;
import io.ensemble.web.compat.idyll.IdyllBodies.IdyllPayout;
import io.ensemble.web.compat.idyll.IdyllBodies.IdyllPayoutBody;
import io.ensemble.web.compat.idyll.IdyllBodies.IdyllPayoutUpdate;
import io.ensemble.web.http.ErrorCodes;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Seeds/003 §Payouts at {@code /api/payouts} with bare bodies, over the native member-payout use cases (the one
 * payouts ledger): {@code GET} (an admin's all, {@code ?status&userId}; a member's own), {@code POST {userId,
 * amount, currency, description}} (admin; {@code amount} a DECIMAL in major units, see {@link IdyllMoney}),
 * {@code PUT /:id {status: paid|failed, note}} (admin settles), {@code GET /user/:userId} (a member: their own
 * only, another's 404).
 */
@Path("/api/payouts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@IdyllRoute
public final class IdyllPayoutsResource {
    private final MemberPayoutService payouts;

    IdyllPayoutsResource(MemberPayoutService payouts) {
        this.payouts = Objects.requireNonNull(payouts, "payouts");
    }

    /** Payouts newest first: a bare array. */
    @GET
    @Timed
    @ErrorCodes({})
    public List<IdyllPayout> list(@Auth Caller caller, @QueryParam("status") String status,
                                  @QueryParam("userId") String userId) {
        return rows(caller, AgencyQuery.uuid("userId", userId), status);
    }

    /** Creates a pending payout (admin): 201 with the payout. */
    @POST
    @Timed
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            content = @Content(schema = @Schema(implementation = IdyllPayout.class)))
    @ErrorCodes({})
    public Response create(@Auth Caller caller, IdyllPayoutBody body) {
        IdyllPayoutBody b = body == null ? new IdyllPayoutBody(null, null, null, null) : body;
        MemberPayout p = payouts.create(caller, new PayoutDraft(b.userId(), IdyllMoney.minorUnits(b.amount(),
                b.currency()), b.currency(), b.description()));
        return Response.status(Response.Status.CREATED).entity(IdyllPayout.of(p)).build();
    }

    /** Settles a pending payout (admin): the payout. */
    @PUT
    @Path("/{id}")
    @Timed
    @ErrorCodes({"PAYOUT_SETTLED"})
    public IdyllPayout update(@Auth Caller caller, @PathParam("id") String id, IdyllPayoutUpdate body) {
        IdyllPayoutUpdate b = body == null ? new IdyllPayoutUpdate(null, null) : body;
        return IdyllPayout.of(payouts.settle(caller, IdyllBodies.id(id), b.status(), b.note()));
    }

    /** One member's payouts: an admin any member's, a member their own (another's 404). */
    @GET
    @Path("/user/{userId}")
    @Timed
    @ErrorCodes({})
    public List<IdyllPayout> ofUser(@Auth Caller caller, @PathParam("userId") String userId) {
        UUID user = IdyllBodies.id(userId);
        if (!caller.is(Role.ADMIN) && !caller.userId().equals(user)) {
            throw new NotFound("No such user's payouts.");
        }
        return rows(caller, Optional.of(user), null);
    }

    private List<IdyllPayout> rows(Caller caller, Optional<UUID> user, String status) {
        var filter = new MemberPayoutRepository.Filter(user, AgencyQuery.choice("status", status, PayoutStatus.class),
                Optional.empty(), Optional.empty(), Optional.empty());
        return payouts.list(caller, filter).stream().map(IdyllPayout::of).toList();
    }
}
