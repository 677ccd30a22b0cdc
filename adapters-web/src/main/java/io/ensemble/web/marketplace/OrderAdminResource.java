package io.ensemble.web.marketplace;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.marketplace.OrderService;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageQuery;
import io.ensemble.web.http.PageView;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /api/v1/admin/orders} (seeds/002 "Admin Dashboard: order monitoring and dispute
 * resolution", under seeds/001's {@code /api/v1/admin}): every order, newest first, in the same
 * {@link OrderView} and cursor page as {@code GET /api/v1/orders}. Filters {@code ?status=DISPUTED},
 * {@code ?brandId=}, {@code ?creatorId=} (combined with AND), paging {@code ?limit=&cursor=}.
 * 403 for a caller who is not an ADMIN; 400 {@code VALIDATION_FAILED} naming {@code status},
 * {@code brandId}, {@code creatorId}, {@code limit} or {@code cursor}.
 */
@Path("/api/v1/admin/orders")
@Produces(MediaType.APPLICATION_JSON)
public final class OrderAdminResource {
    private final OrderService orders;

    /** @param orders the order use cases */
    public OrderAdminResource(OrderService orders) {
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    /** One page of every order matching the filters, each with the admin's allowed actions. */
    @GET
    @Timed
    @io.ensemble.web.apikeys.ApiKeyScope(io.ensemble.apikeys.ApiScopes.ORDERS_READ)
    @ErrorCodes({})
    public ApiResponse<PageView<OrderView>> all(@Auth Caller caller, @QueryParam("status") String status,
                                                @QueryParam("brandId") String brandId,
                                                @QueryParam("creatorId") String creatorId,
                                                @BeanParam PageQuery page) {
        return ApiResponse.ok("Orders", PageView.of(orders.allOrders(caller, Optional.ofNullable(status),
                Optional.ofNullable(brandId), Optional.ofNullable(creatorId), page.request()),
                OrderView::of));
    }
}
