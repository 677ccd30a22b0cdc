package io.ensemble.events;

/**
 * State of an event ticket (issue 21 §3): PENDING holds a seat until paid; PAID is a valid ticket (its
 * holder is {@code going}); REFUNDED was paid and given back; VOID was never paid and is withdrawn.
 */
public enum TicketStatus {
    PENDING, PAID, REFUNDED, VOID;

    /** @return whether the ticket holds a seat (PENDING or PAID) */
    public boolean holdsSeat() {
        return this == PENDING || this == PAID;
    }
}
