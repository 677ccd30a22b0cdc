package io.ensemble.support;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Opening and reading support tickets (issue 23 §3). A new ticket gets its thread (a messaging
 * conversation) and is assigned at once to the available agent with the fewest open tickets, or stays
 * queued ({@code open}) until an agent becomes available. Users see only their own tickets, agents
 * theirs and the unassigned queue, admins all; a ticket outside that is 404.
 */
public final class TicketService {
    private final TicketRepository tickets;
    private final TicketConversations conversations;
    private final Assignment assignment;
    private final TicketParties parties;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the ports; {@code outbox} carries the live pushes. */
    public TicketService(TicketRepository tickets, TicketConversations conversations, Outbox outbox,
                         Transactions transactions, IdGenerator ids, Clock clock) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.parties = new TicketParties(outbox, ids);
        this.assignment = new Assignment(tickets, conversations, parties);
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Opens a ticket for the caller and assigns it when an agent is available.
     *
     * @return the stored ticket ({@code assigned}, or {@code open} when queued)
     * @throws io.ensemble.shared.errors.ValidationFailed naming the bad field
     * @throws Forbidden when {@code requesterId} names someone other than the caller
     */
    public Ticket open(Caller caller, OpenTicketCommand command) {
        OpenTicketCommand.Parsed c = command.parse();
        if (c.requesterId().filter(r -> !r.equals(caller.userId())).isPresent()) {
            throw new Forbidden("You can only open tickets for yourself.");
        }
        return transactions.inTransaction(() -> {
            Instant now = now();
            var id = ids.newId();
            var conversationId = conversations.openFor(id, caller.userId(), c.subject(), now);
            Ticket ticket = new Ticket(id, caller.userId(), Optional.empty(), c.subject(), c.description(),
                    c.category(), c.priority(), TicketStatus.OPEN, conversationId, now, now, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
            tickets.insert(ticket);
            assignment.assign(ticket, now);
            Ticket stored = tickets.find(id).orElseThrow();
            parties.changed(stored, Optional.empty(), now);
            return stored;
        });
    }

    /**
     * One page of the tickets the caller may see, newest first.
     *
     * @throws io.ensemble.shared.errors.ValidationFailed naming {@code status}, {@code priority},
     *     {@code assignee} or {@code cursor}
     */
    public Page<Ticket> list(Caller caller, String status, String priority, String assignee, PageRequest page) {
        TicketFilter filter = TicketFilter.parse(scopeOf(caller), caller.userId(), status, priority, assignee);
        Optional<Cursor> after = page.cursor().map(Cursor::decode);
        return Page.fromOverfetch(tickets.list(filter, after, page.limit() + 1), page.limit(),
                t -> new Cursor(t.createdAt(), t.id()).encode());
    }

    /**
     * @return the ticket with its times
     * @throws NotFound when it is unknown or the caller may not see it
     */
    public Ticket get(Caller caller, java.util.UUID ticketId) {
        return tickets.find(ticketId).filter(t -> visible(caller, t))
                .orElseThrow(TicketService::notFound);
    }

    /** @return whether {@code caller} may see {@code t} (requester, its agent, the queue for agents, admins) */
    static boolean visible(Caller caller, Ticket t) {
        return switch (scopeOf(caller)) {
            case ALL -> true;
            case AGENT -> t.party(caller.userId()) || t.agentId().isEmpty();
            case OWN -> t.requesterId().equals(caller.userId());
        };
    }

    static TicketFilter.Scope scopeOf(Caller caller) {
        if (caller.is(Role.ADMIN)) {
            return TicketFilter.Scope.ALL;
        }
        return caller.is(Role.AGENT) ? TicketFilter.Scope.AGENT : TicketFilter.Scope.OWN;
    }

    static NotFound notFound() {
        return new NotFound("No such ticket.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
