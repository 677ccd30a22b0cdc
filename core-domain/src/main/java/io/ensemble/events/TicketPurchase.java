package io.ensemble.events;

import java.util.Objects;
import java.util.Optional;

/**
 * Result of buying a ticket (issue 21 §3).
 *
 * @param clientSecret what the app needs to pay a provider-confirmed ticket itself (Stripe PaymentIntent
 *     client secret), while it is PENDING; empty with the manual gateway
 * @param created false when an earlier purchase (same {@code Idempotency-Key}, or the ticket the caller
 *     already holds) is answered again
 */
public record TicketPurchase(Ticket ticket, Optional<String> clientSecret, boolean created) {
    /** @throws NullPointerException when a component is null */
    public TicketPurchase {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(clientSecret, "clientSecret");
    }
}
