package io.ensemble.profiles;

import java.util.List;
import java.util.Objects;

/**
 * Seeds/004's matching fields of a profile (§Database Schema {@code preferences}, {@code location.country},
 * {@code rizzScore}): audience size and budget ranges the user wants to work with, collaboration types,
 * preferred locations, the country, and the rizz score (0..100, not user-editable; 0 until a scorer exists).
 *
 * @param audienceMin smallest audience size, ≥ 0
 * @param audienceMax largest audience size, ≥ {@code audienceMin}
 * @param budgetMin smallest budget, whole units as seeds/004 writes them, ≥ 0
 * @param budgetMax largest budget, ≥ {@code budgetMin}
 * @param collaborationTypes free labels such as {@code sponsored-post}
 * @param locations preferred locations
 * @param country the user's country name, empty when not given
 * @param rizzScore 0..100
 */
public record CollaborationPreferences(long audienceMin, long audienceMax, long budgetMin, long budgetMax,
                                       List<String> collaborationTypes, List<String> locations, String country,
                                       int rizzScore) {
    /** What seeds/004 shows for a profile that never set them. */
    public static final CollaborationPreferences DEFAULT =
            new CollaborationPreferences(0, 1_000_000, 0, 10_000, List.of(), List.of(), "", 0);

    public CollaborationPreferences {
        collaborationTypes = List.copyOf(collaborationTypes);
        locations = List.copyOf(locations);
        Objects.requireNonNull(country, "country");
    }
}
