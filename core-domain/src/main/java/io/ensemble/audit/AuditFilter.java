package io.ensemble.audit;

import static io.ensemble.shared.paging.FilterValues.present;

import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditTarget;
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
 * Which audit records to list (issue 20 §2): every present part must match (AND). The time range is
 * half-open, {@code from <= occurredAt < to}.
 *
 * @param actorId records of this actor
 * @param targetType records about entities of this type
 * @param targetId records about the entity with this id (only together with {@code targetType})
 * @param action records of this action
 * @param from records at or after this instant
 * @param to records before this instant
 */
public record AuditFilter(Optional<UUID> actorId, Optional<String> targetType, Optional<String> targetId,
                          Optional<AuditAction> action, Optional<Instant> from, Optional<Instant> to) {
    /** No filter: every record. */
    public static final AuditFilter ALL = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public AuditFilter {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (targetId.isPresent() && targetType.isEmpty()) {
            throw new IllegalArgumentException("targetId needs targetType");
        }
    }

    /**
     * The filter as a request spells it, parsed only by {@link #parse()} (so a use case can check
     * the caller's role before it reports bad input). Each value may be null or blank.
     */
    public record Text(String actorId, String targetType, String targetId, String action, String from, String to) {
        /** @return the parsed filter. @throws ValidationFailed as {@link AuditFilter#parse} */
        public AuditFilter parse() {
            return AuditFilter.parse(actorId, targetType, targetId, action, from, to);
        }
    }

    /**
     * Reads the filter from query-string values as sent; null or blank means "not filtered".
     *
     * @param actorId a user id (UUID)
     * @param targetType a target type token, e.g. {@code user}
     * @param targetId an entity id; needs {@code targetType}
     * @param action an {@link AuditAction} wire name, e.g. {@code user_suspended}
     * @param from an ISO-8601 instant, e.g. {@code 2026-11-23T10:15:30Z}
     * @param to an ISO-8601 instant after {@code from}
     * @throws ValidationFailed naming every bad field: {@code actorId}, {@code targetType},
     *     {@code targetId}, {@code action}, {@code from}, {@code to}
     */
    public static AuditFilter parse(String actorId, String targetType, String targetId, String action,
                                    String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        Optional<UUID> actor = present(actorId).flatMap(v -> FilterValues.userId("actorId", v, errors));
        Optional<String> type = present(targetType).filter(v -> check(AuditTarget.isType(v), "targetType",
                "must be a target type such as user or order", errors));
        Optional<String> id = present(targetId).filter(v -> check(AuditTarget.isId(v), "targetId",
                "must be at most " + AuditTarget.MAX_ID_LENGTH + " printable characters", errors));
        if (id.isPresent() && present(targetType).isEmpty()) {
            errors.add(new FieldError("targetId", "needs targetType"));
        }
        Optional<AuditAction> act = present(action).flatMap(v -> {
            Optional<AuditAction> parsed = AuditAction.parse(v);
            check(parsed.isPresent(), "action", "must be an audit action such as login_failed", errors);
            return parsed;
        });
        Optional<Instant> start = present(from).flatMap(v -> FilterValues.instant("from", v, errors));
        Optional<Instant> end = present(to).flatMap(v -> FilterValues.instant("to", v, errors));
        FilterValues.range(start, end, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new AuditFilter(actor, type, id, act, start, end);
    }

    private static boolean check(boolean ok, String field, String message, List<FieldError> errors) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
        return ok;
    }
}
