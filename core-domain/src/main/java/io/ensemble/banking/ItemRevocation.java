package io.ensemble.banking;

import io.ensemble.shared.keys.SecretCipher;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes a bank item at the provider (Plaid {@code /item/remove}) with its decrypted access token,
 * before the item's rows are deleted: used when a user unlinks an account and when their account is
 * erased (issue 20 §4). An item of another provider, or whose token cannot be decrypted, is left at
 * the provider with a warning (there is nothing to revoke it with).
 */
public final class ItemRevocation {
    private static final Logger LOG = LoggerFactory.getLogger(ItemRevocation.class);
    private final BankLinkProvider provider;
    private final SecretCipher cipher;

    /** @param provider the configured provider @param cipher decrypts the stored access token */
    public ItemRevocation(BankLinkProvider provider, SecretCipher cipher) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /**
     * Removes the item at the provider.
     *
     * @throws RuntimeException the provider's failure (e.g. {@code ProviderUnavailable}), so callers may retry
     */
    public void revoke(BankItem item) {
        if (!item.provider().equals(provider.name())) {
            LOG.warn("Bank item {} was linked with {} but {} is configured; deleting it without revoking",
                    item.id(), item.provider(), provider.name());
            return;
        }
        String token;
        try {
            token = cipher.decrypt(item.accessTokenCiphertext(), BankItem.associatedData(item.id()));
        } catch (SecretCipher.DecryptionFailed e) {
            LOG.warn("Access token of bank item {} cannot be decrypted; deleting it without revoking", item.id());
            return;
        }
        provider.removeItem(token);
    }
}
