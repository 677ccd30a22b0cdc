package io.ensemble.support;

import io.ensemble.shared.outbox.DomainEvent;
import java.util.UUID;

/**
 * Domain events of the support desk (DESIGN §Domain events), written to the outbox in the transaction of
 * the change, one row per party (the row's recipient); after commit the relay pushes the ticket as it
 * then is to {@code user:{recipient}} as {@code ticket_updated {ticket}} (issue 23 §3).
 */
public sealed interface SupportEvent extends DomainEvent {
    /** Ticket {@code ticketId} was opened, assigned, reassigned or moved to another status. */
    record TicketChanged(UUID ticketId) implements SupportEvent {
    }
}
