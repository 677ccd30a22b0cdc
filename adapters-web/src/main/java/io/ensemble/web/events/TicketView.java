package io.ensemble.web.events;

import io.ensemble.events.Ticket;
import io.ensemble.web.payments.MoneyView;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A ticket (issue 21 §3): {@code {id, eventId, userId, status: PENDING|PAID|REFUNDED|VOID, price,
 * provider, code, clientSecret, usedAt, createdAt}}. {@code code} (the check-in code) is shown to the
 * holder only; {@code clientSecret} (Stripe) only to the holder of a PENDING ticket.
 */
public record TicketView(String id, String eventId, String userId, String status, MoneyView price, String provider,
                         String code, String clientSecret,
                         Instant usedAt, Instant createdAt) {
    /** @return the view of {@code t} as {@code viewer} sees it, with the client secret when given */
    public static TicketView of(Ticket t, UUID viewer, Optional<String> clientSecret) {
        boolean holder = t.userId().equals(viewer);
        return new TicketView(t.id().toString(), t.eventId().toString(), t.userId().toString(), t.status().name(),
                MoneyView.of(t.price()), t.provider(), holder ? t.code() : null,
                holder ? clientSecret.orElse(null) : null, t.usedAt().orElse(null), t.createdAt());
    }
}
