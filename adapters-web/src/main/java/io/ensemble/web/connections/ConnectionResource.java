package io.ensemble.web.connections;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.connections.ConnectionService;
import io.ensemble.connections.ConnectionStatus;
import io.ensemble.connections.RequestListing;
import io.ensemble.connections.SendConnectionRequest;
import io.ensemble.identity.Caller;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageQuery;
import io.ensemble.web.http.PageView;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * Connection routes of seeds/001 §Connections ({@code /api/v1/connections}). Lists take
 * {@code ?limit} (default 20, max 100) and {@code ?cursor} and answer {@code {items, nextCursor}}.
 */
@Path("/api/v1/connections")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class ConnectionResource {
    private final ConnectionService connections;

    public ConnectionResource(ConnectionService connections) {
        this.connections = connections;
    }

    /**
     * Sends a request {@code {receiverId, message?}}: 201 with the PENDING request, or 200 with the
     * ACCEPTED one when the receiver had already asked the caller. 400 / 404 / 409 per
     * {@link ConnectionService#requestConnection}.
     */
    @POST
    @Path("/request")
    @Timed
    @Answers(value = ConnectionRequestView.class, status = {201, 200})
    @ErrorCodes({"ALREADY_CONNECTED", "CONNECTION_EXISTS", "REQUEST_NOT_PENDING", "REQUEST_PENDING"})
    public Response request(@Auth Caller caller, ConnectionRequestBody body) {
        ConnectionRequestBody req = Objects.requireNonNullElse(body, ConnectionRequestBody.EMPTY);
        RequestListing result = connections.requestConnection(caller,
                new SendConnectionRequest(req.receiverId(), req.message()));
        if (result.request().status() == ConnectionStatus.ACCEPTED) {
            return Response.ok(ApiResponse.ok("They had already asked you: you are now connected",
                    ConnectionRequestView.of(result))).build();
        }
        return ApiResponse.created("Connection request sent", ConnectionRequestView.of(result));
    }

    /** The caller's pending sent requests, newest first. */
    @GET
    @Path("/requests/sent")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<ConnectionRequestView>> sent(@Auth Caller caller, @BeanParam PageQuery page) {
        return ApiResponse.ok("Sent requests", PageView.of(
                connections.sentRequests(caller, page.request()), ConnectionRequestView::of));
    }

    /** The caller's pending received requests, newest first. */
    @GET
    @Path("/requests/received")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<ConnectionRequestView>> received(@Auth Caller caller, @BeanParam PageQuery page) {
        return ApiResponse.ok("Received requests", PageView.of(
                connections.receivedRequests(caller, page.request()), ConnectionRequestView::of));
    }

    /** Accepts a request addressed to the caller; 404 for anyone else, 409 when already answered. */
    @PATCH
    @Path("/requests/{requestId}/accept")
    @Timed
    @ErrorCodes({"REQUEST_NOT_PENDING"})
    public ApiResponse<ConnectionRequestView> accept(@Auth Caller caller, @PathParam("requestId") String requestId) {
        return ApiResponse.ok("Connection request accepted",
                ConnectionRequestView.of(connections.acceptConnection(caller, PathIds.uuid(requestId))));
    }

    /** Rejects a request addressed to the caller; 404 for anyone else, 409 when already answered. */
    @PATCH
    @Path("/requests/{requestId}/reject")
    @Timed
    @ErrorCodes({"REQUEST_NOT_PENDING"})
    public ApiResponse<ConnectionRequestView> reject(@Auth Caller caller, @PathParam("requestId") String requestId) {
        return ApiResponse.ok("Connection request rejected",
                ConnectionRequestView.of(connections.rejectConnection(caller, PathIds.uuid(requestId))));
    }

    /** The caller's connections, most recently connected first. */
    @GET
    @Path("/accepted")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<ConnectionView>> accepted(@Auth Caller caller, @BeanParam PageQuery page) {
        return ApiResponse.ok("Connections", PageView.of(
                connections.acceptedConnections(caller, page.request()), ConnectionView::of));
    }
}
