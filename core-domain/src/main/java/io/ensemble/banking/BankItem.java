package io.ensemble.banking;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One linked login at one institution (a Plaid item), owned by a user. The access token is kept
 * only as ciphertext made by {@link io.ensemble.shared.keys.SecretCipher} with associated data
 * {@link #associatedData(UUID)}.
 *
 * @param id our id
 * @param userId the owner
 * @param provider the provider name, e.g. {@code plaid} or {@code sandbox}
 * @param providerItemId the provider's item id
 * @param institutionName e.g. "Chase", may be empty
 * @param accessTokenCiphertext encrypted access token
 * @param status health of the item
 * @param createdAt when it was linked
 */
public record BankItem(UUID id, UUID userId, String provider, String providerItemId, String institutionName,
                       byte[] accessTokenCiphertext, ItemStatus status, Instant createdAt) {
    public BankItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerItemId, "providerItemId");
        institutionName = Objects.requireNonNullElse(institutionName, "");
        Objects.requireNonNull(accessTokenCiphertext, "accessTokenCiphertext");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** @return the associated data binding an item's token ciphertext to its row: {@code bank_item:<id>} */
    public static String associatedData(UUID itemId) {
        return "bank_item:" + itemId;
    }
}
