package io.ensemble.web.compat.influmojo;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.web.errors.ErrorBody;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The error body of the Influmojo dialect, as the seed's Express error handler answers:
 * {@code {"success": false, "error": "…"}} with the native status. Field errors are spelled into the
 * sentence with the Prisma field names ({@code "content_type: is required"}).
 *
 * @param success always false
 * @param error what went wrong and what to do
 */
public record InflumojoError(boolean success, String error) {
    /** @return the seed's body for a native error body */
    public static InflumojoError of(ErrorBody body) {
        List<FieldError> details = body.details() == null ? List.of() : body.details();
        if (details.isEmpty()) {
            return new InflumojoError(false, body.message());
        }
        return new InflumojoError(false, details.stream().map(d -> SeedNames.snake(d.field()) + ": " + d.message())
                .collect(Collectors.joining("; ")));
    }
}
