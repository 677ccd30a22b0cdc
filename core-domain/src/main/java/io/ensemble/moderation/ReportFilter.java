package io.ensemble.moderation;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.FilterValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which reports the admin queue lists (issue 20 §3); present parts must all match.
 *
 * @param status open or resolved reports only
 * @param targetType reports about this kind of target only
 */
public record ReportFilter(Optional<ReportStatus> status, Optional<ReportTargetType> targetType) {
    public ReportFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(targetType, "targetType");
    }

    /**
     * Reads the filter as the query string spells it; null or blank means "not filtered".
     *
     * @throws ValidationFailed naming {@code status} or {@code targetType} for an unknown value
     */
    public static ReportFilter parse(String status, String targetType) {
        List<FieldError> errors = new ArrayList<>();
        Optional<ReportStatus> s = FilterValues.present(status).flatMap(v -> {
            Optional<ReportStatus> parsed = ReportStatus.parse(v);
            if (parsed.isEmpty()) {
                errors.add(new FieldError("status", "must be one of " + WireNames.list(ReportStatus.class)));
            }
            return parsed;
        });
        Optional<ReportTargetType> t = FilterValues.present(targetType).flatMap(v -> {
            Optional<ReportTargetType> parsed = ReportTargetType.parse(v);
            if (parsed.isEmpty()) {
                errors.add(new FieldError("targetType", "must be one of " + WireNames.list(ReportTargetType.class)));
            }
            return parsed;
        });
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new ReportFilter(s, t);
    }
}
