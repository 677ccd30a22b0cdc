package io.ensemble.shared.paging;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.Optional;

/**
 * Cursor pagination input (CONVENTIONS §Lists): {@code limit} defaults to 20 and is clamped to
 * 1..100 (so {@code limit=100000} answers 100 items); {@code cursor} is the opaque token of the
 * previous page's {@code nextCursor}.
 */
public record PageRequest(int limit, Optional<String> cursor) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
        cursor = cursor.filter(c -> !c.isBlank());
    }

    /**
     * Parses query-string values as sent.
     *
     * @param limit digits or null (default 20)
     * @param cursor opaque token or null
     * @throws ValidationFailed when {@code limit} is not a whole number
     */
    public static PageRequest of(String limit, String cursor) {
        int parsed = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                parsed = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                if (!limit.trim().matches("\\d+")) {
                    throw new ValidationFailed(java.util.List.of(new FieldError("limit", "must be a whole number")));
                }
                parsed = MAX_LIMIT;
            }
        }
        return new PageRequest(parsed, Optional.ofNullable(cursor));
    }
}
