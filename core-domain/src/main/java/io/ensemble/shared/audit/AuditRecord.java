package io.ensemble.shared.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One append-only entry of the audit trail (issue 20 §2; seeds/001 {@code ActivityLog}): who did
 * what to which entity, from where, in which request, which fields changed, and when. Records are
 * never edited; the only removal is the retention purge of old ones.
 *
 * @param actorId the user who acted; empty for an anonymous event (e.g. a failed login of an
 *     unknown address) or one done by the system (a job)
 * @param target the entity acted on; empty when there is none (e.g. a failed login of an unknown address)
 * @param clientAddress the client's IP address as the web layer resolved it, at most 64 characters
 * @param requestId the request id of the log line of the same request, at most 128 characters
 * @param changes changed fields, secrets already redacted (see {@link FieldChange})
 * @param occurredAt when it happened (UTC)
 */
public record AuditRecord(UUID id, Optional<UUID> actorId, AuditAction action, Optional<AuditTarget> target,
                          Optional<String> clientAddress, Optional<String> requestId, List<FieldChange> changes,
                          Instant occurredAt) {
    public AuditRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        changes = List.copyOf(changes);
        clientAddress.ifPresent(a -> requireText("clientAddress", a, RequestOrigin.MAX_ADDRESS_LENGTH));
        requestId.ifPresent(r -> requireText("requestId", r, RequestOrigin.MAX_REQUEST_ID_LENGTH));
    }

    private static void requireText(String name, String value, int max) {
        if (value.isBlank() || value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(name + " must be 1.." + max + " printable characters");
        }
    }
}
