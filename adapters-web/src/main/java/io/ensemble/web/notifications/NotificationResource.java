package io.ensemble.web.notifications;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.notifications.NotificationService;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageQuery;
import io.ensemble.web.http.PageView;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Notification routes of seeds/001 §Notifications ({@code /api/v1/notifications}); every route
 * acts on the caller's own notifications only, another user's id answers 404.
 */
@Path("/api/v1/notifications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class NotificationResource {
    private final NotificationService notifications;

    public NotificationResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** The caller's notifications, newest first: {@code {items, nextCursor}}; {@code ?limit} (max 100), {@code ?cursor}. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<NotificationView>> list(@Auth Caller caller, @BeanParam PageQuery page) {
        return ApiResponse.ok("Notifications", PageView.of(
                notifications.listNotifications(caller, page.request()), NotificationView::of));
    }

    /** The caller's unread count: {@code {count}}. */
    @GET
    @Path("/unread")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Map<String, Long>> unread(@Auth Caller caller) {
        return ApiResponse.ok("Unread count", Map.of("count", notifications.unreadCount(caller)));
    }

    /** Marks one notification read (idempotent); 404 unless it is the caller's. */
    @PATCH
    @Path("/{notificationId}/read")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> markRead(@Auth Caller caller, @PathParam("notificationId") String notificationId) {
        notifications.markRead(caller, PathIds.uuid(notificationId));
        return ApiResponse.ok("Notification marked as read", null);
    }

    /** Marks every notification of the caller read: {@code {updated}} = how many were unread. */
    @PATCH
    @Path("/read-all")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Map<String, Integer>> markAllRead(@Auth Caller caller) {
        return ApiResponse.ok("All notifications marked as read",
                Map.of("updated", notifications.markAllRead(caller)));
    }

    /** Deletes one notification; 404 unless it is the caller's. */
    @DELETE
    @Path("/{notificationId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> delete(@Auth Caller caller, @PathParam("notificationId") String notificationId) {
        notifications.deleteNotification(caller, PathIds.uuid(notificationId));
        return ApiResponse.ok("Notification deleted", null);
    }
}
