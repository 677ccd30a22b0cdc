package io.ensemble.social;

import io.ensemble.privacy.ErasePersonalData;
import io.ensemble.privacy.ErasureSubject;
import io.ensemble.shared.keys.SecretCipher;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erasure step {@code social} (issue 20 §4): each OAuth grant of the user is revoked at the provider where
 * its adapter offers revocation (Twitch; the others keep no revocation API here, so their tokens are only
 * deleted), then the social rows are erased ({@code rows}: accounts, tokens, stats, OAuth states). A
 * provider outage fails the step so the job retries it; tokens that cannot be decrypted or a platform no
 * longer configured are skipped with a warning (nothing to revoke with).
 */
public final class SocialErasure implements ErasePersonalData {
    private static final Logger LOG = LoggerFactory.getLogger(SocialErasure.class);
    private final SocialAccountRepository accounts;
    private final SocialProviders providers;
    private final TokenVault vault;
    private final ErasePersonalData rows;

    /**
     * @param rows the persistence step that deletes the user's social rows
     */
    public SocialErasure(SocialAccountRepository accounts, SocialProviders providers, SecretCipher cipher,
            ErasePersonalData rows) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.providers = Objects.requireNonNull(providers, "providers");
        this.vault = new TokenVault(cipher);
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public String step() {
        return rows.step();
    }

    @Override
    public void erase(ErasureSubject subject) {
        for (SocialAccount account : accounts.listForUser(subject.userId())) {
            if (!providers.supports(account.platform())) {
                continue;
            }
            Optional<EncryptedTokens> sealed = accounts.tokens(account.id());
            if (sealed.isEmpty()) {
                continue;
            }
            ProviderTokens tokens;
            try {
                tokens = vault.open(account.id(), sealed.get());
            } catch (SecretCipher.DecryptionFailed e) {
                LOG.warn("Tokens of social account {} cannot be decrypted; deleting them without revoking", account.id());
                continue;
            }
            if (providers.of(account.platform()).revoke(tokens)) {
                LOG.info("Revoked the {} grant of social account {}", account.platform(), account.id());
            }
        }
        rows.erase(subject);
    }
}
