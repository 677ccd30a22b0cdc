package io.ensemble.web.support;

import io.ensemble.support.Ticket;
import java.time.Duration;
import java.time.Instant;

/**
 * A support ticket (issue 23 §3): {@code {id, requesterId, agentId|null, subject, description,
 * category|null, priority, status, conversationId (its message thread), createdAt, updatedAt,
 * assignedAt|null, firstResponseAt|null, resolvedAt|null, closedAt|null, firstResponseSeconds|null,
 * resolutionSeconds|null}}; wire names lower-case ({@code in_progress}, {@code urgent}).
 */
public record SupportTicketView(String id, String requesterId, String agentId, String subject, String description,
                         String category, String priority, String status, String conversationId, Instant createdAt,
                         Instant updatedAt, Instant assignedAt, Instant firstResponseAt, Instant resolvedAt,
                         Instant closedAt, Long firstResponseSeconds, Long resolutionSeconds) {

    /** @return the view of {@code t} */
    public static SupportTicketView of(Ticket t) {
        return new SupportTicketView(t.id().toString(), t.requesterId().toString(),
                t.agentId().map(Object::toString).orElse(null), t.subject(), t.description(),
                t.category().orElse(null), t.priority().code(), t.status().code(), t.conversationId().toString(),
                t.createdAt(), t.updatedAt(), t.assignedAt().orElse(null), t.firstResponseAt().orElse(null),
                t.resolvedAt().orElse(null), t.closedAt().orElse(null),
                t.firstResponseTime().map(Duration::toSeconds).orElse(null),
                t.resolutionTime().map(Duration::toSeconds).orElse(null));
    }
}
