package io.ensemble.web.notifications;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.notifications.NotificationPreferenceService;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * The caller's notification preferences (issue 5 §4), in the style of seeds/001 §Notifications:
 * {@code GET /api/v1/notifications/preferences} and {@code PUT /api/v1/notifications/preferences}
 * (partial: only the named types and switches change). Both answer {@link PreferencesView}; a bad
 * body is 400 {@code VALIDATION_FAILED} naming {@code preferences.<TYPE>}.
 */
@Path("/api/v1/notifications/preferences")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class NotificationPreferenceResource {
    private final NotificationPreferenceService preferences;

    /** @param preferences the preference use cases */
    public NotificationPreferenceResource(NotificationPreferenceService preferences) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
    }

    /** The caller's channel choice for every notification type. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PreferencesView> get(@Auth Caller caller) {
        return ApiResponse.ok("Notification preferences", PreferencesView.of(preferences.preferences(caller)));
    }

    /** Changes the named switches; answers every type's choice afterwards. */
    @PUT
    @Timed
    @ErrorCodes({})
    public ApiResponse<PreferencesView> update(@Auth Caller caller, PreferencesBody body) {
        PreferencesBody b = Objects.requireNonNullElse(body, PreferencesBody.EMPTY);
        return ApiResponse.ok("Notification preferences updated",
                PreferencesView.of(preferences.updatePreferences(caller, b.command())));
    }
}
