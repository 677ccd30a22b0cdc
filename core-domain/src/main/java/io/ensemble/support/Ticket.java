package io.ensemble.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A support ticket (issue 23 §3). Its message thread is the messaging conversation
 * {@code conversationId} (subject {@code SUPPORT_TICKET}/id; the requester and the assigned agent are
 * its members). {@code firstResponseAt} is the first message in that thread by someone other than the
 * requester; {@code resolvedAt} the latest move to {@code resolved}.
 */
public record Ticket(UUID id, UUID requesterId, Optional<UUID> agentId, String subject, String description,
                     Optional<String> category, TicketPriority priority, TicketStatus status, UUID conversationId,
                     Instant createdAt, Instant updatedAt, Optional<Instant> assignedAt,
                     Optional<Instant> firstResponseAt, Optional<Instant> resolvedAt, Optional<Instant> closedAt) {
    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requesterId, "requesterId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(assignedAt, "assignedAt");
        Objects.requireNonNull(firstResponseAt, "firstResponseAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(closedAt, "closedAt");
    }

    /** @return time from creation to the first response, when there was one */
    public Optional<Duration> firstResponseTime() {
        return firstResponseAt.map(at -> Duration.between(createdAt, at));
    }

    /** @return time from creation to resolution, when resolved */
    public Optional<Duration> resolutionTime() {
        return resolvedAt.map(at -> Duration.between(createdAt, at));
    }

    /** @return whether {@code userId} is the requester or the assigned agent */
    public boolean party(UUID userId) {
        return requesterId.equals(userId) || agentId.map(userId::equals).orElse(false);
    }
}
