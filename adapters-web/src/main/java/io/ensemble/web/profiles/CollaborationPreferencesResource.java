package io.ensemble.web.profiles;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.profiles.CollaborationPreferences;
import io.ensemble.profiles.CollaborationPreferencesService;
import io.ensemble.profiles.UpdateCollaborationPreferences;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;

/**
 * Seeds/002's {@code POST /api/v1/profile/update-preferences} with seeds/004's preference fields:
 * body {@code {audienceSize?: {min?, max?}, budget?: {min?, max?}, collaborationTypes?: [], locations?: [],
 * country?}} (partial); {@code GET /api/v1/profile/update-preferences} reads them. Both answer
 * {@code {preferences: {audienceSize, budget, collaborationTypes, locations}, location: {country}, rizzScore}};
 * bad fields → 400 naming them. The seed-004 sync answer shows the same values.
 */
@Path("/api/v1/profile/update-preferences")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class CollaborationPreferencesResource {
    private final CollaborationPreferencesService preferences;

    /** @param preferences the preference use cases */
    public CollaborationPreferencesResource(CollaborationPreferencesService preferences) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
    }

    /** The caller's preferences (seeds/004 defaults when never set). */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<View> get(@Auth Caller caller) {
        return ApiResponse.ok("Preferences", View.of(preferences.preferences(caller)));
    }

    /** Changes the given preference fields. */
    @POST
    @Timed
    @ErrorCodes({})
    public ApiResponse<View> update(@Auth Caller caller, Body body) {
        Body b = Objects.requireNonNullElse(body, Body.EMPTY);
        return ApiResponse.ok("Preferences updated", View.of(preferences.updatePreferences(caller, b.command())));
    }

    /** A {@code {min, max}} pair; null = unchanged. */
    public record Range(Long min, Long max) {
        static final Range NONE = new Range(null, null);
    }

    /** Request body (seeds/004 {@code preferences} plus {@code country}). */
    public record Body(Range audienceSize, Range budget, List<String> collaborationTypes, List<String> locations,
                       String country) {
        static final Body EMPTY = new Body(null, null, null, null, null);

        /** @throws io.ensemble.shared.errors.ValidationFailed naming every bad field */
        UpdateCollaborationPreferences command() {
            Range audience = Objects.requireNonNullElse(audienceSize, Range.NONE);
            Range spend = Objects.requireNonNullElse(budget, Range.NONE);
            return new UpdateCollaborationPreferences(audience.min(), audience.max(), spend.min(), spend.max(),
                    collaborationTypes, locations, country);
        }
    }

    /** Answer: seeds/004's {@code preferences}, {@code location.country} and {@code rizzScore}. */
    public record View(Preferences preferences, Location location, int rizzScore) {
        static View of(CollaborationPreferences p) {
            return new View(new Preferences(new Range(p.audienceMin(), p.audienceMax()),
                    new Range(p.budgetMin(), p.budgetMax()), p.collaborationTypes(), p.locations()),
                    new Location(p.country()), p.rizzScore());
        }
    }

    /** Seeds/004 {@code preferences}. */
    public record Preferences(Range audienceSize, Range budget, List<String> collaborationTypes, List<String> locations) {
    }

    /** The country part of seeds/004 {@code location}. */
    public record Location(String country) {
    }
}
