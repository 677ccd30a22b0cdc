package io.ensemble.banking;

import java.util.Objects;

/**
 * What a bank-link provider answers when a public token is exchanged (Plaid
 * {@code /item/public_token/exchange}): the item (one login at one institution) and its long-lived
 * access token. The access token is a secret: only ever stored encrypted, never logged.
 *
 * @param itemId the provider's item id
 * @param accessToken the provider's access token for the item
 */
public record LinkedItem(String itemId, String accessToken) {
    public LinkedItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(accessToken, "accessToken");
    }

    @Override
    public String toString() {
        return "LinkedItem[itemId=" + itemId + ", accessToken=***]";
    }
}
