package io.ensemble.events;

import io.ensemble.payments.OtherPayments;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the verified provider webhook (Stripe {@code payment_intent.succeeded}, {@code charge.refunded})
 * means for tickets (issue 21 §3): the payment id is the ticket id ({@code metadata.orderId}). Runs in
 * the webhook's transaction, with the event locked.
 */
public final class TicketWebhooks implements OtherPayments {
    private final EventRepository events;
    private final TicketLedger ledger;

    /** Wires the ports. */
    public TicketWebhooks(EventRepository events, TicketLedger ledger) {
        this.events = Objects.requireNonNull(events, "events");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** Marks the ticket PAID (its holder going); refunds it at once when the event was cancelled meanwhile. */
    @Override
    public boolean paymentSucceeded(String provider, UUID paymentId, String paymentRef) {
        Optional<Ticket> ticket = ours(provider, paymentId, paymentRef);
        ticket.ifPresent(t -> events.lockById(t.eventId()).ifPresent(event ->
                ledger.markPaid(event, ledger.tickets().findById(t.id()).orElseThrow())));
        return ticket.isPresent();
    }

    /** Records a refund made at the provider: a PAID ticket becomes REFUNDED and its seat frees. */
    @Override
    public boolean paymentRefunded(String provider, UUID paymentId, String paymentRef, Optional<String> refundRef) {
        Optional<Ticket> ticket = ours(provider, paymentId, paymentRef);
        ticket.ifPresent(t -> events.lockById(t.eventId()).ifPresent(event ->
                ledger.recordRefunded(event, t, refundRef)));
        return ticket.isPresent();
    }

    private Optional<Ticket> ours(String provider, UUID ticketId, String paymentRef) {
        return ledger.tickets().findById(ticketId)
                .filter(t -> t.provider().equals(provider) && t.providerRef().equals(paymentRef));
    }
}
