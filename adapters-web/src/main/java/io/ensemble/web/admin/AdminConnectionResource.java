package io.ensemble.web.admin;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.connections.ConnectionAdministration;
import io.ensemble.identity.Caller;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * {@code GET /api/v1/admin/connections} (seeds/001 §Admin "List all connections"; issue 20 §1): every connection
 * request, newest first, with filters {@code ?status=PENDING|ACCEPTED|REJECTED}, {@code ?userId=} (either side),
 * {@code ?from=&to=} (ISO-8601, {@code from <= createdAt < to}), paging {@code ?limit=&cursor=}. 403 for a caller
 * who is not an ADMIN; 400 {@code VALIDATION_FAILED} naming the bad parameter.
 */
@Path("/api/v1/admin/connections")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminConnectionResource {
    private final ConnectionAdministration connections;

    /** @param connections the admin connection reads */
    public AdminConnectionResource(ConnectionAdministration connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    /** One page of every connection request matching the filters. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<AdminConnectionView>> list(@Auth Caller caller, @QueryParam("status") String status,
                                                           @QueryParam("userId") String userId,
                                                           @QueryParam("from") String from,
                                                           @QueryParam("to") String to,
                                                           @QueryParam("limit") String limit,
                                                           @QueryParam("cursor") String cursor) {
        return ApiResponse.ok("Connections", PageView.of(connections.allConnections(caller, status, userId, from, to,
                PageRequest.of(limit, cursor)), AdminConnectionView::of));
    }
}
