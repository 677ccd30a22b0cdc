package io.ensemble.support;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A ticket's status moves and reassignment (issue 23 §3). The assigned agent (or an admin) moves
 * {@code assigned → in_progress → resolved → closed}; the requester closes it at any time and reopens a
 * resolved ticket within {@link #REOPEN_WINDOW} of its resolution (by the clock); it goes back to its agent
 * ({@code assigned}) or, without one, to the queue. Admins reassign. Every change is pushed to the parties.
 */
public final class TicketWorkflow {
    /** How long after its resolution the requester may reopen a ticket. */
    public static final Duration REOPEN_WINDOW = Duration.ofDays(7);

    private final TicketRepository tickets;
    private final AgentRepository agents;
    private final TicketConversations conversations;
    private final Assignment assignment;
    private final TicketParties parties;
    private final Transactions transactions;
    private final Clock clock;

    /** Wires the ports; {@code outbox} carries the live pushes. */
    public TicketWorkflow(TicketRepository tickets, AgentRepository agents, TicketConversations conversations,
                          Outbox outbox, Transactions transactions, IdGenerator ids, Clock clock) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.parties = new TicketParties(outbox, ids);
        this.assignment = new Assignment(tickets, conversations, parties);
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Moves the ticket to {@code status} ({@code open} reopens it).
     *
     * @return the ticket after the move
     * @throws ValidationFailed naming {@code status}
     * @throws io.ensemble.shared.errors.NotFound when the caller may not see the ticket
     * @throws Forbidden when the caller's part on the ticket does not allow this move
     * @throws Conflict {@code ILLEGAL_TRANSITION} from the current status, {@code REOPEN_WINDOW_CLOSED} after 7 days
     */
    public Ticket changeStatus(Caller caller, UUID ticketId, String status) {
        TicketStatus target = TicketStatus.parse(status).orElseThrow(() -> new ValidationFailed(List.of(
                new FieldError("status", "must be one of open, in_progress, resolved, closed"))));
        return transactions.inTransaction(() -> {
            Ticket t = tickets.lock(ticketId).filter(x -> TicketService.visible(caller, x))
                    .orElseThrow(TicketService::notFound);
            boolean admin = caller.is(Role.ADMIN);
            boolean agent = admin || t.agentId().map(caller.userId()::equals).orElse(false);
            boolean requester = admin || t.requesterId().equals(caller.userId());
            Instant now = now();
            Ticket moved = switch (target) {
                case IN_PROGRESS -> move(t, agent, t.status() == TicketStatus.ASSIGNED, target, now);
                case RESOLVED -> move(t, agent, t.status().active(), target, now);
                case CLOSED -> move(t, agent || requester, t.status() == TicketStatus.RESOLVED
                        || (requester && t.status() != TicketStatus.CLOSED), target, now);
                case OPEN -> reopen(t, requester, now);
                case ASSIGNED -> throw illegal(t);
            };
            tickets.update(t, moved);
            if (moved.status() == TicketStatus.OPEN) {
                assignment.assign(moved, now);
            }
            Ticket stored = tickets.find(ticketId).orElseThrow();
            parties.changed(stored, Optional.empty(), now);
            return stored;
        });
    }

    /**
     * An admin gives the ticket to another agent, who joins its thread in place of the former one.
     *
     * @return the ticket after the move ({@code assigned} when it was queued)
     * @throws Forbidden when the caller is not an ADMIN
     * @throws ValidationFailed naming {@code agentId} when it is not an agent's id
     * @throws io.ensemble.shared.errors.NotFound when the ticket is unknown
     * @throws Conflict {@code TICKET_CLOSED} for a closed ticket
     */
    public Ticket reassign(Caller caller, UUID ticketId, String agentId) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only admins reassign tickets.");
        }
        UUID agent = SupportIds.parse(agentId).filter(agents::isAgent).orElseThrow(() -> new ValidationFailed(
                List.of(new FieldError("agentId", "must be the id of an AGENT account"))));
        return transactions.inTransaction(() -> {
            Ticket t = tickets.lock(ticketId).orElseThrow(TicketService::notFound);
            if (t.status() == TicketStatus.CLOSED) {
                throw new Conflict("TICKET_CLOSED", "This ticket is closed.");
            }
            Instant now = now();
            TicketStatus status = t.status() == TicketStatus.OPEN ? TicketStatus.ASSIGNED : t.status();
            Ticket moved = new Ticket(t.id(), t.requesterId(), Optional.of(agent), t.subject(), t.description(),
                    t.category(), t.priority(), status, t.conversationId(), t.createdAt(), now,
                    Optional.of(now), t.firstResponseAt(), t.resolvedAt(), t.closedAt());
            tickets.update(t, moved);
            conversations.swapAgent(t.conversationId(), t.agentId(), agent, now);
            Ticket stored = tickets.find(ticketId).orElseThrow();
            parties.changed(stored, t.agentId().filter(a -> !a.equals(agent)), now);
            return stored;
        });
    }

    private static Ticket move(Ticket t, boolean allowed, boolean legal, TicketStatus target, Instant now) {
        if (!allowed) {
            throw new Forbidden("Your part on this ticket does not allow moving it to " + target.code() + ".");
        }
        if (!legal) {
            throw illegal(t);
        }
        return with(t, target, t.agentId(), now,
                target == TicketStatus.RESOLVED ? Optional.of(now) : t.resolvedAt(),
                target == TicketStatus.CLOSED ? Optional.of(now) : t.closedAt());
    }

    private Ticket reopen(Ticket t, boolean allowed, Instant now) {
        if (!allowed) {
            throw new Forbidden("Only the requester reopens a ticket.");
        }
        if (t.status() != TicketStatus.RESOLVED) {
            throw illegal(t);
        }
        if (t.resolvedAt().map(at -> now.isAfter(at.plus(REOPEN_WINDOW))).orElse(false)) {
            throw new Conflict("REOPEN_WINDOW_CLOSED", "A ticket can be reopened within 7 days of its resolution.");
        }
        TicketStatus back = t.agentId().isPresent() ? TicketStatus.ASSIGNED : TicketStatus.OPEN;
        return with(t, back, t.agentId(), now, Optional.empty(), Optional.empty());
    }

    private static Ticket with(Ticket t, TicketStatus status, Optional<UUID> agent, Instant now,
                               Optional<Instant> resolvedAt, Optional<Instant> closedAt) {
        return new Ticket(t.id(), t.requesterId(), agent, t.subject(), t.description(), t.category(), t.priority(),
                status, t.conversationId(), t.createdAt(), now, t.assignedAt(), t.firstResponseAt(), resolvedAt,
                closedAt);
    }

    private static Conflict illegal(Ticket t) {
        return new Conflict("ILLEGAL_TRANSITION", "A " + t.status().code() + " ticket cannot move there.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
