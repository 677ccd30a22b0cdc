package io.ensemble.profiles;

import io.ensemble.shared.errors.Validator;
import java.util.ArrayList;
import java.util.List;

/**
 * Self-validating partial command of {@code POST /api/v1/profile/update-preferences} (seeds/002
 * route, seeds/004 fields). A null component leaves the stored value unchanged.
 *
 * @param collaborationTypes at most 20 labels of 1..60 characters
 * @param locations at most 20 names of 1..60 characters
 * @param country at most 60 characters; empty clears it
 */
public record UpdateCollaborationPreferences(Long audienceMin, Long audienceMax, Long budgetMin, Long budgetMax,
                                             List<String> collaborationTypes, List<String> locations, String country) {
    /** Most entries of a list. */
    public static final int LIST_MAX = 20;
    /** Longest list entry or country, in characters. */
    public static final int TEXT_MAX = 60;

    /** @throws io.ensemble.shared.errors.ValidationFailed naming every bad field */
    public UpdateCollaborationPreferences {
        Validator v = new Validator();
        for (var f : new Object[][] {{"audienceSize.min", audienceMin}, {"audienceSize.max", audienceMax},
                {"budget.min", budgetMin}, {"budget.max", budgetMax}}) {
            v.check(f[1] == null || (Long) f[1] >= 0, (String) f[0], "must be 0 or more");
        }
        collaborationTypes = list(v, "collaborationTypes", collaborationTypes);
        locations = list(v, "locations", locations);
        if (country != null) {
            country = country.strip();
            v.maxLength("country", country, TEXT_MAX);
        }
        v.check(collaborationTypes != null || locations != null || country != null || audienceMin != null
                || audienceMax != null || budgetMin != null || budgetMax != null, "preferences", "nothing to update");
        v.throwIfInvalid();
    }

    /**
     * @return {@code current} with the given fields applied
     * @throws io.ensemble.shared.errors.ValidationFailed when a resulting range has min above max
     */
    public CollaborationPreferences applyTo(CollaborationPreferences current) {
        CollaborationPreferences next = new CollaborationPreferences(
                audienceMin != null ? audienceMin : current.audienceMin(),
                audienceMax != null ? audienceMax : current.audienceMax(),
                budgetMin != null ? budgetMin : current.budgetMin(),
                budgetMax != null ? budgetMax : current.budgetMax(),
                collaborationTypes != null ? collaborationTypes : current.collaborationTypes(),
                locations != null ? locations : current.locations(),
                country != null ? country : current.country(), current.rizzScore());
        new Validator().check(next.audienceMin() <= next.audienceMax(), "audienceSize.max", "must be at least min")
                .check(next.budgetMin() <= next.budgetMax(), "budget.max", "must be at least min").throwIfInvalid();
        return next;
    }

    private static List<String> list(Validator v, String field, List<String> values) {
        if (values == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String value : values) {
            String s = value == null ? "" : value.strip();
            v.check(!s.isEmpty() && s.length() <= TEXT_MAX, field, "entries must be 1-" + TEXT_MAX + " characters");
            out.add(s);
        }
        v.check(out.size() <= LIST_MAX, field, "must have at most " + LIST_MAX + " entries");
        return List.copyOf(out);
    }
}
