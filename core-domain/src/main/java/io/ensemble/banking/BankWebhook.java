package io.ensemble.banking;

import java.util.Objects;
import java.util.Optional;

/**
 * A provider webhook whose signature has been verified, already interpreted by the adapter.
 *
 * @param provider e.g. {@code plaid}
 * @param dedupeKey identifies this delivery (the SHA-256 of its signature token), so a replay is refused
 * @param type the provider's webhook type, e.g. {@code ITEM}
 * @param code the provider's webhook code, e.g. {@code ERROR} or {@code PENDING_EXPIRATION}
 * @param providerItemId the item it is about, when it names one
 * @param newStatus the status the item moves to, empty when the webhook changes nothing we track
 */
public record BankWebhook(String provider, String dedupeKey, String type, String code,
                          Optional<String> providerItemId, Optional<ItemStatus> newStatus) {
    public BankWebhook {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        type = Objects.requireNonNullElse(type, "");
        code = Objects.requireNonNullElse(code, "");
        Objects.requireNonNull(providerItemId, "providerItemId");
        Objects.requireNonNull(newStatus, "newStatus");
    }
}
