package io.ensemble.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence port of event tickets (issue 21 §3). Calls join the caller's transaction; writers of
 * seats hold the event's lock ({@link EventRepository#lockById}).
 */
public interface TicketRepository {
    /** Stores a new ticket. */
    void insert(Ticket ticket);

    /** @return the ticket, in any state */
    Optional<Ticket> findById(UUID ticketId);

    /** @return the user's PENDING or PAID ticket of the event */
    Optional<Ticket> findHeld(UUID eventId, UUID userId);

    /** @return the event's ticket with this check-in code */
    Optional<Ticket> findByCode(UUID eventId, String code);

    /** @return how many PENDING tickets hold a seat of the event */
    long countPending(UUID eventId);

    /** @return the event's PENDING and PAID tickets */
    List<Ticket> held(UUID eventId);

    /**
     * Moves the ticket from {@code from} to {@code to} (with the refund id when given).
     *
     * @return whether it changed (false when its state moved on meanwhile)
     */
    boolean transition(UUID ticketId, TicketStatus from, TicketStatus to, Optional<String> refundRef, Instant at);

    /**
     * Marks a PAID ticket used at {@code at}, once.
     *
     * @return whether it changed (false when it was used already)
     */
    boolean markUsed(UUID ticketId, Instant at);
}
