package io.ensemble.banking;

/**
 * What receiving a verified webhook did.
 *
 * @param type the provider's webhook type
 * @param code the provider's webhook code
 * @param itemUpdated whether a stored item's status changed
 */
public record WebhookReceipt(String type, String code, boolean itemUpdated) {
}
