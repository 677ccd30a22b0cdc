package io.ensemble.web.audit;

import io.ensemble.shared.audit.AuditRecord;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One activity-log entry (seeds/001 {@code ActivityLog}; issue 20 §2): {@code {id, actorId|null,
 * action, targetType|null, targetId|null, ipAddress|null, requestId|null, changes: [{field,
 * before|null, after|null}], createdAt}}. {@code action} is the lower-case wire name, e.g.
 * {@code user_suspended}; secret fields read {@code [REDACTED]}.
 */
public record ActivityLogView(String id, String actorId, String action, String targetType, String targetId,
                              String ipAddress, String requestId, List<Change> changes, Instant createdAt) {

    /** One changed field: {@code {field, before|null, after|null}}. */
    public record Change(String field, String before, String after) {
        static Change of(FieldChange c) {
            return new Change(c.field(), c.before().orElse(null), c.after().orElse(null));
        }
    }

    /** @return the view of {@code r} */
    public static ActivityLogView of(AuditRecord r) {
        return new ActivityLogView(r.id().toString(), r.actorId().map(UUID::toString).orElse(null), r.action().code(),
                r.target().map(AuditTarget::type).orElse(null), r.target().map(AuditTarget::id).orElse(null),
                r.clientAddress().orElse(null), r.requestId().orElse(null),
                r.changes().stream().map(Change::of).toList(), r.occurredAt());
    }
}
