package io.ensemble.web.compat.influmojo;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.marketplace.OrderAction;
import io.ensemble.marketplace.OrderDetails;
import io.ensemble.marketplace.OrderParty;
import io.ensemble.marketplace.OrderService;
import io.ensemble.marketplace.OrderStatus;
import io.ensemble.marketplace.TransitionCommand;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.compat.CompatServices;
import io.ensemble.web.compat.influmojo.InflumojoOrders.Create;
import io.ensemble.web.compat.influmojo.InflumojoOrders.OrderModel;
import io.ensemble.web.compat.influmojo.InflumojoOrders.StatusChange;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.IdempotencyHeaders;
import io.ensemble.web.http.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Seeds/002 §Order Processing Endpoints at {@code /orders} (issue 23 §6), over the native order use
 * cases: an order is placed from a package and its payment started ({@code pay}) as the native flow
 * does; a status the seed names is reached through the order's transition actions.
 */
@Path("/orders")
@InflumojoRoute
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class InflumojoOrdersResource {
    private final CompatServices s;

    InflumojoOrdersResource(CompatServices services) {
        this.s = Objects.requireNonNull(services, "services");
    }

    /**
     * A brand orders a package ({@code package_id}, {@code requirements}, {@code deadline}): 201 with
     * the {@code pending} order and its started payment; {@code Idempotency-Key} honoured (a replay
     * answers the same order); 403 for other roles, 404 for an unknown or inactive package, 400 naming
     * bad fields.
     */
    @POST
    @Path("/create")
    @Timed
    @Answers(value = OrderModel.class, status = {201, 200})
    @ErrorCodes({"CARD_DECLINED", "IDEMPOTENCY_KEY_IN_USE", "PAYMENT_IDEMPOTENCY", "PROVIDER_REJECTED"})
    public Response create(@Auth Caller caller, @Context HttpServletRequest http,
                           @HeaderParam(IdempotencyHeaders.KEY) String key, Create body) {
        Create b = Objects.requireNonNullElse(body, Create.EMPTY);
        OrderService.Placed placed = s.orders().placeOrder(caller, Optional.ofNullable(key),
                b.command());
        OrderDetails details = placed.details();
        if (placed.created() && details.allowedActions().contains(OrderAction.PAY)) {
            details = s.lifecycle().transition(caller, details.order().id(),
                    new TransitionCommand(OrderAction.PAY.wireName(), null, null, null), RequestOrigins.of(http));
        }
        Response.ResponseBuilder answer = Response.status(Response.Status.CREATED)
                .entity(ApiResponse.ok("Order created", OrderModel.of(details, OrderParty.BRAND)));
        return IdempotencyHeaders.build(answer, !placed.created());
    }

    /**
     * Moves the order to {@code status} (e.g. {@code accepted}, {@code in_progress}, {@code delivered}
     * with {@code deliverables}, {@code completed}, {@code cancelled}): 200 with the order; 409
     * {@code ILLEGAL_TRANSITION} naming the statuses allowed now; 404 for non-parties; 400 for an
     * unknown status.
     */
    @PUT
    @Path("/{id}/status")
    @Timed
    @ErrorCodes({"CARD_DECLINED", "ILLEGAL_TRANSITION", "ORDER_CHANGED", "PAYMENT_BY_PROVIDER",
            "PAYMENT_IDEMPOTENCY", "PAYMENT_NOT_PENDING", "PROVIDER_REJECTED"})
    public ApiResponse<OrderModel> status(@Auth Caller caller, @Context HttpServletRequest http,
                                          @PathParam("id") String id, StatusChange body) {
        StatusChange b = Objects.requireNonNullElse(body, StatusChange.EMPTY);
        OrderStatus target = SeedOrderStatus.parse(b.status());
        UUID orderId = PathIds.uuid(id);
        OrderDetails now = s.orders().order(caller, orderId);
        OrderParty party = now.order().partyOf(caller.userId(), caller.is(Role.ADMIN))
                .orElseThrow(() -> new NotFound("No such order."));
        OrderAction action = SeedOrderStatus.actionTo(now.order(), party, now.allowedActions(), target)
                .orElseThrow(() -> new Conflict("ILLEGAL_TRANSITION", "Cannot move an order that is "
                        + SeedOrderStatus.of(now.order().status()) + " to " + SeedOrderStatus.of(target)
                        + "; allowed now: " + allowed(now, party)));
        String outcome = action == OrderAction.RESOLVE ? target.name() : null;
        OrderDetails moved = s.lifecycle().transition(caller, orderId, b.command(action.wireName(), outcome),
                RequestOrigins.of(http));
        return ApiResponse.ok("Order updated", OrderModel.of(moved, party));
    }

    private static String allowed(OrderDetails d, OrderParty party) {
        var statuses = SeedOrderStatus.reachable(d.order(), party, d.allowedActions());
        return statuses.isEmpty() ? "none" : String.join(", ", statuses);
    }
}
