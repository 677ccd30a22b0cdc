package io.ensemble.web.agency;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.agency.AgencyNoticeService;
import io.ensemble.identity.Caller;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.notifications.NotificationView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;

/**
 * Admin-written notifications (issue 22 §1): {@code POST /api/v1/agency/notifications {title, message,
 * userId? | role?}} (neither: every active account), ADMIN only. Recipients read and mark them through the
 * notifications routes ({@code /api/v1/notifications}); their sockets get {@code new_notification}.
 */
@Path("/api/v1/agency/notifications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class AgencyNotificationResource {
    private final AgencyNoticeService notices;

    /** @param notices the use case */
    public AgencyNotificationResource(AgencyNoticeService notices) {
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /** Body: {@code {title, message, userId?, role?}}. */
    public record AgencyNotificationBody(String title, String message, String userId, String role) {
    }

    /**
     * What was sent: {@code {recipients, items}}: how many accounts were addressed and the in-app notifications
     * stored (recipients who turned in-app off get none).
     */
    public record AgencyNotificationsSent(int recipients, List<NotificationView> items) {
        /** @return the view of {@code s} */
        public static AgencyNotificationsSent of(AgencyNoticeService.Sent s) {
            return new AgencyNotificationsSent(s.recipients(), s.notifications().stream().map(NotificationView::of).toList());
        }
    }

    /** Sends a notification (ADMIN); 201. */
    @POST
    @Timed
    @Answers(value = AgencyNotificationsSent.class, status = 201)
    @io.ensemble.web.http.ErrorCodes({})
    public Response send(@Auth Caller caller, AgencyNotificationBody body) {
        AgencyNotificationBody b = body == null ? new AgencyNotificationBody(null, null, null, null) : body;
        return ApiResponse.created("Notification sent", AgencyNotificationsSent.of(notices.send(caller, b.title(), b.message(),
                b.userId(), b.role())));
    }
}
