package io.ensemble.agency;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.FilterValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which applications the admins' list shows; present parts must all match.
 *
 * @param status in this state only
 * @param query a substring of the name, e-mail or role applied for (case-insensitive), up to 100 characters
 */
public record ApplicationFilter(Optional<ApplicationStatus> status, Optional<String> query) {
    /**
     * @param status {@code pending|approved|rejected}, null or blank for all
     * @param q search text, null or blank for none
     * @throws ValidationFailed naming {@code status} or {@code q}
     */
    public static ApplicationFilter parse(String status, String q) {
        List<FieldError> errors = new ArrayList<>();
        Optional<ApplicationStatus> s = FilterValues.present(status).flatMap(v -> {
            Optional<ApplicationStatus> parsed = ApplicationStatus.parse(v);
            if (parsed.isEmpty()) {
                errors.add(new FieldError("status", "must be one of " + WireNames.list(ApplicationStatus.class)));
            }
            return parsed;
        });
        Optional<String> text = FilterValues.present(q);
        if (text.isPresent() && (text.get().length() > 100 || text.get().chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError("q", "must be at most 100 printable characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new ApplicationFilter(s, text);
    }
}
