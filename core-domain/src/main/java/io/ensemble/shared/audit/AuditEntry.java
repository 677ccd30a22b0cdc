package io.ensemble.shared.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a use case hands to {@link AuditRecorder#record(AuditEntry)}: everything of an
 * {@link AuditRecord} but its id and time, which the recorder assigns.
 *
 * <pre>{@code
 * audit.record(AuditEntry.by(admin.userId(), AuditAction.USER_SUSPENDED, AuditTarget.user(userId))
 *         .from(request)
 *         .with(FieldChange.of("status", "ACTIVE", "SUSPENDED")));
 * }</pre>
 *
 * @param actorId the acting user; empty for anonymous or system events
 * @param target the entity acted on, when there is one
 * @param request where the request came from (address and request id), possibly unknown
 * @param changes the changed fields, secrets redacted by {@link FieldChange}
 */
public record AuditEntry(Optional<UUID> actorId, AuditAction action, Optional<AuditTarget> target,
                         RequestOrigin request, List<FieldChange> changes) {
    public AuditEntry {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(request, "request");
        changes = List.copyOf(changes);
    }

    /** @return an entry of {@code actorId} doing {@code action} to {@code target}, origin unknown, no changes */
    public static AuditEntry by(UUID actorId, AuditAction action, AuditTarget target) {
        return new AuditEntry(Optional.of(actorId), action, Optional.of(target), RequestOrigin.UNKNOWN, List.of());
    }

    /** @return an entry of an anonymous or system event, origin unknown, no changes */
    public static AuditEntry anonymous(AuditAction action, Optional<AuditTarget> target) {
        return new AuditEntry(Optional.empty(), action, target, RequestOrigin.UNKNOWN, List.of());
    }

    /** @return this entry with its request origin */
    public AuditEntry from(RequestOrigin origin) {
        return new AuditEntry(actorId, action, target, origin, changes);
    }

    /** @return this entry with {@code more} changes appended */
    public AuditEntry with(FieldChange... more) {
        List<FieldChange> all = new java.util.ArrayList<>(changes);
        all.addAll(List.of(more));
        return new AuditEntry(actorId, action, target, request, all);
    }
}
