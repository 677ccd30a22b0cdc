package io.ensemble.events;

import io.ensemble.payments.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A ticket of a paid event (issue 21 §3), bought through the {@code PaymentGateway}.
 *
 * @param code unguessable check-in code (128 random bits, base64url), shown to the holder only
 * @param price what was charged, in minor units
 * @param provider gateway name, e.g. {@code manual} or {@code stripe}
 * @param providerRef the gateway's payment id (Stripe PaymentIntent id)
 * @param refundRef the gateway's refund id once REFUNDED
 * @param usedAt when the ticket was checked in; empty until then
 */
public record Ticket(UUID id, UUID eventId, UUID userId, String code, TicketStatus status, Money price,
                     String provider, String providerRef, Optional<String> refundRef,
                     Optional<Instant> usedAt, Instant createdAt,
                     Instant updatedAt) {
    /** @throws NullPointerException when a component is null */
    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerRef, "providerRef");
        Objects.requireNonNull(refundRef, "refundRef");
        Objects.requireNonNull(usedAt, "usedAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
