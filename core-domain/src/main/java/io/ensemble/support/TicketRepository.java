package io.ensemble.support;

import io.ensemble.shared.paging.Cursor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence port for support tickets and the agents' open-ticket counts (issue 23 §3). Every call
 * joins the caller's transaction.
 */
public interface TicketRepository {
    /** Inserts a new ticket (status {@code open}, no agent). */
    void insert(Ticket ticket);

    /**
     * Assigns the unassigned ticket {@code ticketId} to the available agent with the fewest open
     * tickets (ties: lowest id) and counts it on that agent, in one statement that locks every
     * available agent's row in id order first, so two concurrent assignments never read the same count.
     *
     * @return the chosen agent, or empty when no agent is available (the ticket stays queued)
     */
    Optional<UUID> assignToLeastBusy(UUID ticketId, Instant at);

    /** Locks the oldest queued ticket (open, no agent) not locked by another transaction. @return its id */
    Optional<UUID> lockNextQueued();

    /** @return the ticket, with its first-response time read from its thread */
    Optional<Ticket> find(UUID ticketId);

    /** @return the ticket, its row locked for the rest of the transaction */
    Optional<Ticket> lock(UUID ticketId);

    /** @return up to {@code max} tickets of the filter, newest first ({@code created_at DESC, id DESC}) */
    List<Ticket> list(TicketFilter filter, Optional<Cursor> after, int max);

    /**
     * Stores the ticket's status, agent and times as given (the caller moved them), and moves the
     * open-ticket counts: a ticket leaving an agent or an active status is uncounted, one arriving counted.
     *
     * @param before the ticket as it was (locked)
     * @param after the ticket as it is now
     */
    void update(Ticket before, Ticket after);
}
