package io.ensemble.web.marketplace;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.marketplace.OrderLifecycle;
import io.ensemble.marketplace.OrderService;
import io.ensemble.marketplace.ReviewService;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.IdempotencyHeaders;
import io.ensemble.web.http.PageQuery;
import io.ensemble.web.http.PageView;
import io.ensemble.web.http.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Order routes (issue 8 §2-3, seeds/002 §Order Processing) under {@code /api/v1/orders}. Orders are
 * visible to their brand, their creator and admins; anyone else gets 404.
 */
@Path("/api/v1/orders")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class OrderResource {
    /** Header set to {@code true} on an answer replayed for a repeated {@code Idempotency-Key}. */
    public static final String REPLAYED_HEADER = IdempotencyHeaders.REPLAYED;

    private final OrderService orders;
    private final OrderLifecycle lifecycle;
    private final ReviewService reviews;

    public OrderResource(OrderService orders, OrderLifecycle lifecycle, ReviewService reviews) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.reviews = reviews;
    }

    /**
     * Places an order (brands only): 201 with the PENDING_PAYMENT order. With {@code Idempotency-Key},
     * a repeat with the same body answers the same 201 (header {@code Idempotent-Replayed: true});
     * another body under the key is 422 {@code IDEMPOTENCY_KEY_REUSED}. 400 / 403 / 404 per
     * {@link OrderService#placeOrder}.
     */
    @POST
    @Timed
    @Answers(value = OrderView.class, status = {201, 200})
    @ErrorCodes({"IDEMPOTENCY_KEY_IN_USE"})
    public Response place(@Auth Caller caller, @HeaderParam("Idempotency-Key") String idempotencyKey,
                          OrderBodies.Place body) {
        OrderBodies.Place b = Objects.requireNonNullElse(body, OrderBodies.Place.EMPTY);
        OrderService.Placed placed = orders.placeOrder(caller, Optional.ofNullable(idempotencyKey), b.command());
        Response.ResponseBuilder response = Response.status(Response.Status.CREATED)
                .entity(ApiResponse.ok("Order placed", OrderView.of(placed.details())));
        return IdempotencyHeaders.build(response, !placed.created());
    }

    /** The caller's orders as brand or creator, newest first; {@code ?status=PAID} filters. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<OrderView>> mine(@Auth Caller caller, @QueryParam("status") String status,
                                                 @BeanParam PageQuery page) {
        return ApiResponse.ok("Orders", PageView.of(orders.myOrders(caller, Optional.ofNullable(status),
                page.request()), OrderView::of));
    }

    /** One order with the caller's allowed actions; 404 for non-parties. */
    @GET
    @Path("/{orderId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<OrderView> one(@Auth Caller caller, @PathParam("orderId") String orderId) {
        return ApiResponse.ok("Order", OrderView.of(orders.order(caller, PathIds.uuid(orderId))));
    }

    /** The order's stored transitions, oldest first; 404 for non-parties. */
    @GET
    @Path("/{orderId}/transitions")
    @Timed
    @ErrorCodes({})
    public ApiResponse<List<TransitionView>> history(@Auth Caller caller, @PathParam("orderId") String orderId) {
        return ApiResponse.ok("Order history",
                orders.history(caller, PathIds.uuid(orderId)).stream().map(TransitionView::of).toList());
    }

    /**
     * Applies {@code {action, note?, deliverables?, outcome?}}: 200 with the moved order; 409
     * {@code ILLEGAL_TRANSITION} listing the allowed actions, 409 {@code ORDER_CHANGED} when a
     * concurrent transition won, 403 when the action is the other party's, 404 for non-parties.
     */
    @POST
    @Path("/{orderId}/transitions")
    @Timed
    @io.ensemble.web.apikeys.ApiKeyScope(io.ensemble.apikeys.ApiScopes.ORDERS_WRITE)
    @ErrorCodes({"CARD_DECLINED", "ILLEGAL_TRANSITION", "ORDER_CHANGED", "PAYMENT_BY_PROVIDER",
            "PAYMENT_IDEMPOTENCY", "PAYMENT_NOT_PENDING", "PROVIDER_REJECTED"})
    public ApiResponse<OrderView> transition(@Auth Caller caller, @Context HttpServletRequest http,
                                             @PathParam("orderId") String orderId, OrderBodies.Transition body) {
        OrderBodies.Transition b = Objects.requireNonNullElse(body, OrderBodies.Transition.EMPTY);
        return ApiResponse.ok("Order updated",
                OrderView.of(lifecycle.transition(caller, PathIds.uuid(orderId), b.command(), RequestOrigins.of(http))));
    }

    /**
     * The brand reviews the creator of a COMPLETED order, once: 201; 409 {@code ORDER_NOT_COMPLETED}
     * or {@code REVIEW_EXISTS}; 403 for the creator; 404 for non-parties; 400 for a bad rating.
     */
    @POST
    @Path("/{orderId}/review")
    @Timed
    @Answers(value = ReviewView.class, status = 201)
    @ErrorCodes({"ORDER_NOT_COMPLETED", "REVIEW_EXISTS"})
    public Response review(@Auth Caller caller, @PathParam("orderId") String orderId, OrderBodies.Review body) {
        OrderBodies.Review b = Objects.requireNonNullElse(body, OrderBodies.Review.EMPTY);
        return ApiResponse.created("Review saved",
                ReviewView.of(reviews.reviewOrder(caller, PathIds.uuid(orderId), b.command())));
    }
}
