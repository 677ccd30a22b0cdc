package io.ensemble.moderation;

import io.ensemble.shared.outbox.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Domain events of moderation (DESIGN §Domain events), written to the outbox in the transaction of the
 * change; the integrator feed publishes them as {@code report.filed} (issue 26 §1). The reporter and the
 * note are not published.
 */
public sealed interface ModerationEvent extends DomainEvent {
    /** A user reported a target ({@code targetType} and {@code reason}: their wire names). */
    record ReportFiled(UUID reportId, String targetType, UUID targetId, UUID authorId, String reason,
                       Instant createdAt) implements ModerationEvent {
    }
}
