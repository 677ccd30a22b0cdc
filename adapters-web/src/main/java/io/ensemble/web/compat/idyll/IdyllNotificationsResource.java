package io.ensemble.web.compat.idyll;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.agency.AgencyNoticeService;
import io.ensemble.identity.Caller;
import io.ensemble.notifications.NotificationService;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.web.compat.idyll.IdyllBodies.IdyllDone;
import io.ensemble.web.compat.idyll.IdyllBodies.IdyllNotification;
import io.ensemble.web.compat.idyll.IdyllBodies.IdyllNotificationBody;
import io.ensemble.web.compat.idyll.IdyllBodies.IdyllNotificationsSent;
import io.ensemble.web.http.ErrorCodes;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Seeds/003 §Notifications at {@code /api/notifications} with bare bodies, over the notifications context: the
 * caller's newest 100 ({@code [{id, title, message, type, createdAt, read}]}), {@code POST {title, message,
 * userId? | role?}} (admin; neither = everyone), {@code PUT /:id/read} and {@code DELETE /:id} (the caller's
 * own; another's 404), each answering {@code {success: true}}.
 */
@Path("/api/notifications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@IdyllRoute
public final class IdyllNotificationsResource {
    private final NotificationService notifications;
    private final AgencyNoticeService notices;

    IdyllNotificationsResource(NotificationService notifications, AgencyNoticeService notices) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /** The caller's newest notifications: a bare array. */
    @GET
    @Timed
    @ErrorCodes({})
    public List<IdyllNotification> list(@Auth Caller caller) {
        return notifications.listNotifications(caller, new PageRequest(PageRequest.MAX_LIMIT, Optional.empty()))
                .items().stream().map(IdyllNotification::of).toList();
    }

    /** Sends a notification (admin): 201 {@code {recipients, notifications}}. */
    @POST
    @Timed
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            content = @Content(schema = @Schema(implementation = IdyllNotificationsSent.class)))
    @ErrorCodes({})
    public Response send(@Auth Caller caller, IdyllNotificationBody body) {
        IdyllNotificationBody b = body == null ? new IdyllNotificationBody(null, null, null, null) : body;
        var sent = notices.send(caller, b.title(), b.message(), b.userId(), b.role());
        return Response.status(Response.Status.CREATED).entity(new IdyllNotificationsSent(sent.recipients(),
                sent.notifications().stream().map(IdyllNotification::of).toList())).build();
    }

    /** Marks one of the caller's notifications read. */
    @PUT
    @Path("/{id}/read")
    @Timed
    @ErrorCodes({})
    public IdyllDone read(@Auth Caller caller, @PathParam("id") String id) {
        notifications.markRead(caller, IdyllBodies.id(id));
        return IdyllDone.OK;
    }

    /** Deletes one of the caller's notifications. */
    @DELETE
    @Path("/{id}")
    @Timed
    @ErrorCodes({})
    public IdyllDone delete(@Auth Caller caller, @PathParam("id") String id) {
        notifications.deleteNotification(caller, IdyllBodies.id(id));
        return IdyllDone.OK;
    }
}
