package io.ensemble.support;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which tickets a list shows (issue 23 §3). {@code scope} is what the caller may see at all: their own
 * tickets (a user), theirs and the unassigned queue (an agent), or everything (an admin); the filters
 * narrow it: {@code status}, {@code priority} and {@code assignee} (an agent's id, or {@code unassigned}).
 *
 * @param viewer the caller's id (used by the {@link Scope#OWN} and {@link Scope#AGENT} scopes)
 * @param unassigned whether only tickets without an agent are asked for
 */
public record TicketFilter(Scope scope, UUID viewer, Optional<TicketStatus> status,
                           Optional<TicketPriority> priority, Optional<UUID> assignee, boolean unassigned) {
    /** What a caller may see at all. */
    public enum Scope {
        /** The requester's own tickets. */
        OWN,
        /** Tickets assigned to the agent, and the unassigned queue. */
        AGENT,
        /** Every ticket. */
        ALL
    }

    /**
     * @param status a {@link TicketStatus} wire name, or null/blank
     * @param priority a {@link TicketPriority} wire name, or null/blank
     * @param assignee an agent's id, {@code unassigned}, or null/blank
     * @throws ValidationFailed naming every bad filter
     */
    public static TicketFilter parse(Scope scope, UUID viewer, String status, String priority, String assignee) {
        List<FieldError> errors = new ArrayList<>();
        Optional<TicketStatus> s = Optional.empty();
        if (status != null && !status.isBlank()) {
            s = TicketStatus.parse(status);
            if (s.isEmpty()) {
                errors.add(new FieldError("status", "must be one of open, assigned, in_progress, resolved, closed"));
            }
        }
        Optional<TicketPriority> p = Optional.empty();
        if (priority != null && !priority.isBlank()) {
            p = TicketPriority.parse(priority);
            if (p.isEmpty()) {
                errors.add(new FieldError("priority", "must be one of low, medium, high, urgent"));
            }
        }
        Optional<UUID> a = Optional.empty();
        boolean none = false;
        if (assignee != null && !assignee.isBlank()) {
            if ("unassigned".equals(assignee)) {
                none = true;
            } else {
                a = SupportIds.parse(assignee);
                if (a.isEmpty()) {
                    errors.add(new FieldError("assignee", "must be an agent's id or unassigned"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new TicketFilter(scope, viewer, s, p, a, none);
    }
}
