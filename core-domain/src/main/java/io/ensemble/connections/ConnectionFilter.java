package io.ensemble.connections;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Which connection requests the admin list shows (seeds/001 §Admin {@code GET /connections}; issue 20 §1):
 * every present part must match. {@code userId} matches either side; the time range is half-open over the
 * request's creation time, {@code from <= createdAt < to}.
 */
public record ConnectionFilter(Optional<ConnectionStatus> status, Optional<UUID> userId, Optional<Instant> from,
                               Optional<Instant> to) {
    public ConnectionFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * Reads the filter from query-string values; null or blank means "not filtered".
     *
     * @param status PENDING, ACCEPTED or REJECTED (any case)
     * @param userId a user id (UUID)
     * @param from an ISO-8601 instant; @param to an ISO-8601 instant after {@code from}
     * @throws ValidationFailed naming {@code status}, {@code userId}, {@code from} or {@code to}
     */
    public static ConnectionFilter parse(String status, String userId, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        Optional<ConnectionStatus> s = present(status).flatMap(v -> {
            Optional<ConnectionStatus> parsed = Arrays.stream(ConnectionStatus.values())
                    .filter(x -> x.name().equalsIgnoreCase(v)).findFirst();
            if (parsed.isEmpty()) {
                errors.add(new FieldError("status", "must be PENDING, ACCEPTED or REJECTED"));
            }
            return parsed;
        });
        Optional<UUID> user = present(userId).flatMap(v -> {
            try {
                UUID id = UUID.fromString(v);
                if (id.toString().equalsIgnoreCase(v)) {
                    return Optional.of(id);
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            errors.add(new FieldError("userId", "must be a user id (UUID)"));
            return Optional.empty();
        });
        Optional<Instant> start = present(from).flatMap(v -> instant("from", v, errors));
        Optional<Instant> end = present(to).flatMap(v -> instant("to", v, errors));
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            errors.add(new FieldError("to", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new ConnectionFilter(s, user, start, end);
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<Instant> instant(String field, String value, List<FieldError> errors) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 UTC time such as 2026-11-23T10:15:30Z"));
            return Optional.empty();
        }
    }
}
