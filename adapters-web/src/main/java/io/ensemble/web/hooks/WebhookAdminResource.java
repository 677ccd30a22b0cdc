package io.ensemble.web.hooks;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.hooks.WebhookAdmin;
import io.ensemble.hooks.WebhookAdmin.EndpointCommand;
import io.ensemble.identity.Caller;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.hooks.WebhookViews.DeliveryView;
import io.ensemble.web.hooks.WebhookViews.EndpointBody;
import io.ensemble.web.hooks.WebhookViews.EndpointView;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageQuery;
import io.ensemble.web.http.PageView;
import io.ensemble.web.http.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /api/v1/admin/webhooks} (issue 26 §2), ADMIN only (403 otherwise): register an endpoint
 * ({@code POST {url, types[], description}} → 201 with its signing {@code secret}, shown only here and
 * on rotation), list, read, change ({@code PATCH}, incl. {@code enabled: false} to disable), delete,
 * {@code POST /{id}/rotate-secret}, {@code GET /{id}/deliveries} (status, response code, duration;
 * cursor pages) and {@code POST /{id}/deliveries/{deliveryId}/redeliver} for a FAILED delivery
 * (409 {@code DELIVERY_NOT_FAILED} otherwise). URLs are checked by the SSRF guard: 400 naming {@code url}.
 */
@Path("/api/v1/admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class WebhookAdminResource {
    private final WebhookAdmin admin;

    public WebhookAdminResource(WebhookAdmin admin) {
        this.admin = Objects.requireNonNull(admin, "admin");
    }

    /** Registers an endpoint; 201 with its secret. */
    @POST
    @Timed
    @Answers(value = EndpointView.class, status = 201)
    @ErrorCodes({})
    public Response register(@Auth Caller caller, @Context HttpServletRequest http, EndpointBody body) {
        var created = admin.register(caller, command(body), RequestOrigins.of(http));
        return ApiResponse.created("Webhook endpoint registered", EndpointView.withSecret(created));
    }

    /** Every endpoint, oldest first (no secrets). */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<List<EndpointView>> list(@Auth Caller caller) {
        return ApiResponse.ok("Webhook endpoints", admin.list(caller).stream().map(EndpointView::of).toList());
    }

    /** One endpoint (no secret); 404 for an unknown id. */
    @GET
    @Path("/{id}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<EndpointView> get(@Auth Caller caller, @PathParam("id") String id) {
        return ApiResponse.ok("Webhook endpoint", EndpointView.of(admin.get(caller, PathIds.uuid(id))));
    }

    /** Changes url, types, description or enabled. */
    @PATCH
    @Path("/{id}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<EndpointView> update(@Auth Caller caller, @Context HttpServletRequest http,
                                            @PathParam("id") String id, EndpointBody body) {
        return ApiResponse.ok("Webhook endpoint updated", EndpointView.of(admin.update(caller, PathIds.uuid(id),
                command(body), RequestOrigins.of(http))));
    }

    /** Deletes the endpoint and its deliveries. */
    @DELETE
    @Path("/{id}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> delete(@Auth Caller caller, @Context HttpServletRequest http, @PathParam("id") String id) {
        admin.delete(caller, PathIds.uuid(id), RequestOrigins.of(http));
        return ApiResponse.ok("Webhook endpoint deleted", null);
    }

    /** A new signing secret, shown in this answer only. */
    @POST
    @Path("/{id}/rotate-secret")
    @Timed
    @ErrorCodes({})
    public ApiResponse<EndpointView> rotate(@Auth Caller caller, @Context HttpServletRequest http,
                                            @PathParam("id") String id) {
        return ApiResponse.ok("Webhook secret rotated", EndpointView.withSecret(admin.rotateSecret(caller,
                PathIds.uuid(id), RequestOrigins.of(http))));
    }

    /** The endpoint's deliveries, newest first. */
    @GET
    @Path("/{id}/deliveries")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<DeliveryView>> deliveries(@Auth Caller caller, @PathParam("id") String id,
                                                         @BeanParam PageQuery page) {
        return ApiResponse.ok("Webhook deliveries", PageView.of(admin.deliveries(caller, PathIds.uuid(id),
                page.request()), DeliveryView::of));
    }

    /** Sends a failed delivery again now. */
    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Timed
    @ErrorCodes({"DELIVERY_NOT_FAILED"})
    public ApiResponse<DeliveryView> redeliver(@Auth Caller caller, @Context HttpServletRequest http,
                                               @PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return ApiResponse.ok("Redelivery scheduled", DeliveryView.of(admin.redeliver(caller, PathIds.uuid(id),
                PathIds.uuid(deliveryId), RequestOrigins.of(http))));
    }

    private static EndpointCommand command(EndpointBody body) {
        EndpointBody b = Objects.requireNonNullElse(body, EndpointBody.EMPTY);
        return new EndpointCommand(Optional.ofNullable(b.url()), Optional.ofNullable(b.types()),
                Optional.ofNullable(b.description()), Optional.ofNullable(b.enabled()));
    }
}
