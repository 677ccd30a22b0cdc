package io.ensemble.payments;

import java.util.Objects;

/**
 * A verified provider webhook: its id (processed once), its type as the provider names it, and what
 * it means here.
 *
 * @param provider gateway name, e.g. {@code stripe}
 * @param eventId the provider's event id, e.g. {@code evt_1NG8Du2eZvKYlo2CUI79vXWy}
 * @param type the provider's event type, e.g. {@code payment_intent.succeeded}
 */
public record ProviderEvent(String provider, String eventId, String type, PaymentEvent change) {
    public ProviderEvent {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(change, "change");
    }
}
