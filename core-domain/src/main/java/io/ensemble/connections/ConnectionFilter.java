package io.ensemble.connections;

import static io.ensemble.shared.paging.FilterValues.present;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.FilterValues;
import java.time.Instant;
import java.util.ArrayList;
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
        Optional<ConnectionStatus> s = present(status)
                .flatMap(v -> FilterValues.oneOf("status", v, ConnectionStatus.class, errors));
        Optional<UUID> user = present(userId).flatMap(v -> FilterValues.userId("userId", v, errors));
        Optional<Instant> start = present(from).flatMap(v -> FilterValues.instant("from", v, errors));
        Optional<Instant> end = present(to).flatMap(v -> FilterValues.instant("to", v, errors));
        FilterValues.range(start, end, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new ConnectionFilter(s, user, start, end);
    }
}
