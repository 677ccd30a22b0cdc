package io.ensemble.web.agency;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Parses the agency routes' query parameters; a malformed one is a 400 naming it. */
public final class AgencyQuery {
    private AgencyQuery() {
    }

    /** @return the ISO-8601 instant, empty when absent @throws ValidationFailed naming {@code field} */
    public static Optional<Instant> instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be an ISO-8601 instant, e.g. 2030-01-31T00:00:00Z");
        }
    }

    /** @return the id, empty when absent @throws ValidationFailed naming {@code field} */
    public static Optional<UUID> uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            throw invalid(field, "must be an id");
        }
    }

    /** @return the enum constant named (any case), empty when absent @throws ValidationFailed naming {@code field} */
    public static <E extends Enum<E>> Optional<E> choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(e);
            }
        }
        throw invalid(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase());
    }

    /** @return a 400 naming {@code field} */
    public static ValidationFailed invalid(String field, String message) {
        return new ValidationFailed(List.of(new FieldError(field, message)));
    }
}
