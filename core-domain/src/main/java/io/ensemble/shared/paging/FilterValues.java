package io.ensemble.shared.paging;

import io.ensemble.shared.errors.FieldError;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the query-string filters of admin lists (activity log, users, connections; issue 20): each reader
 * returns the value, or adds a {@link FieldError} naming the field to {@code errors} and returns empty, so a
 * filter reports every bad field at once.
 */
public final class FilterValues {
    private FilterValues() {
    }

    /** @return the value stripped, empty for null or blank ("not filtered") */
    public static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** @return the user id {@code value} spells (canonical UUID form, any case), else an error "must be a user id" */
    public static Optional<UUID> userId(String field, String value, List<FieldError> errors) {
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equalsIgnoreCase(value)) {
                return Optional.of(id);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(new FieldError(field, "must be a user id (UUID)"));
        return Optional.empty();
    }

    /** @return the ISO-8601 instant {@code value} spells, else an error naming {@code field} */
    public static Optional<Instant> instant(String field, String value, List<FieldError> errors) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 UTC time such as 2026-11-23T10:15:30Z"));
            return Optional.empty();
        }
    }

    /** @return the constant of {@code type} named {@code value} (any case), else an error listing the names */
    public static <E extends Enum<E>> Optional<E> oneOf(String field, String value, Class<E> type,
                                                        List<FieldError> errors) {
        Optional<E> found = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(value))
                .findFirst();
        if (found.isEmpty()) {
            errors.add(new FieldError(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
        }
        return found;
    }

    /** Adds an error on {@code to} when both ends are given and {@code to} is not after {@code from}. */
    public static void range(Optional<Instant> from, Optional<Instant> to, List<FieldError> errors) {
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            errors.add(new FieldError("to", "must be after from"));
        }
    }
}
