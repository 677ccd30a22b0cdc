package io.ensemble.support;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Automatic assignment (issue 23 §3): a queued ticket goes to the available agent with the fewest open
 * tickets (one race-free statement, {@link TicketRepository#assignToLeastBusy}), who joins its thread.
 * Runs inside the caller's transaction.
 */
final class Assignment {
    private final TicketRepository tickets;
    private final TicketConversations conversations;
    private final TicketParties parties;

    Assignment(TicketRepository tickets, TicketConversations conversations, TicketParties parties) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.parties = Objects.requireNonNull(parties, "parties");
    }

    /** Assigns the queued {@code ticket} when an agent is available. @return the agent chosen */
    Optional<UUID> assign(Ticket ticket, Instant at) {
        Optional<UUID> agent = tickets.assignToLeastBusy(ticket.id(), at);
        agent.ifPresent(a -> conversations.swapAgent(ticket.conversationId(), Optional.empty(), a, at));
        return agent;
    }

    /** Assigns queued tickets, oldest first, while agents are available. @return how many were assigned */
    int drainQueue(Instant at) {
        int assigned = 0;
        while (true) {
            Optional<Ticket> next = tickets.lockNextQueued().flatMap(tickets::find);
            if (next.isEmpty() || assign(next.get(), at).isEmpty()) {
                return assigned;
            }
            parties.changed(tickets.find(next.get().id()).orElseThrow(), Optional.empty(), at);
            assigned++;
        }
    }
}
