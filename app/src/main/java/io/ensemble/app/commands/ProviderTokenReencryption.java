package io.ensemble.app.commands;

import io.ensemble.banking.BankItem;
import io.ensemble.integrations.crypto.TinkSecretCipher;
import io.ensemble.persistence.keys.JdbiEncryptedColumns;
import io.ensemble.persistence.keys.JdbiEncryptedColumns.Column;
import io.ensemble.shared.keys.SecretCipher;
import io.ensemble.shared.transactions.Transactions;
import io.ensemble.social.OAuthState;
import io.ensemble.social.TokenVault;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-encrypts every stored ciphertext of {@link SecretCipher} (social accounts' OAuth tokens, bank items'
 * Plaid access tokens, pending OAuth verifiers) under the keyset's primary key, after
 * {@code rotate-encryption-key} (issue 29 §1). Rows are read in key order, {@code batchSize} per
 * transaction; a row already under the primary key is left alone, so an interrupted run resumes where it
 * stopped and a second run changes nothing. The associated data stays the row's owner id.
 */
final class ProviderTokenReencryption {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderTokenReencryption.class);

    private final JdbiEncryptedColumns columns;
    private final Transactions transactions;
    private final TinkSecretCipher cipher;
    private final int batchSize;

    /**
     * What a run did.
     *
     * @param reencrypted rows rewritten under the primary key
     * @param failed      rows whose ciphertext did not decrypt (left as they are; logged by column and key)
     */
    record Result(long reencrypted, long failed) {
    }

    /**
     * @param columns      the ciphertext columns
     * @param transactions one transaction per batch
     * @param cipher       the rotated keyset: its primary encrypts, all its keys decrypt
     * @param batchSize    rows per transaction, at least 1
     */
    ProviderTokenReencryption(JdbiEncryptedColumns columns, Transactions transactions, TinkSecretCipher cipher,
                              int batchSize) {
        this.columns = Objects.requireNonNull(columns, "columns");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        this.batchSize = batchSize;
    }

    /** @return how many rows were re-encrypted and how many could not be decrypted */
    Result run() {
        long done = 0;
        long failed = 0;
        for (Column column : Column.values()) {
            String after = null;
            while (true) {
                Batch batch = batch(column, after);
                done += batch.reencrypted;
                failed += batch.failed;
                if (batch.last == null) {
                    break;
                }
                after = batch.last;
            }
        }
        return new Result(done, failed);
    }


    private static final class Batch {
        String last;
        long reencrypted;
        long failed;
    }

    private Batch batch(Column column, String after) {
        return transactions.inTransaction(() -> {
            Batch batch = new Batch();
            List<JdbiEncryptedColumns.Row> rows = columns.page(column, after, batchSize);
            for (JdbiEncryptedColumns.Row row : rows) {
                batch.last = row.key();
                if (cipher.usesPrimaryKey(row.ciphertext())) {
                    continue;
                }
                String ad = associatedData(column, row.key());
                try {
                    byte[] fresh = cipher.encrypt(cipher.decrypt(row.ciphertext(), ad), ad);
                    if (columns.replace(column, row.key(), row.ciphertext(), fresh)) {
                        batch.reencrypted++;
                    }
                } catch (SecretCipher.DecryptionFailed e) {
                    LOG.warn("Cannot decrypt {} of row {}; left as it is", column, row.key());
                    batch.failed++;
                }
            }
            return batch;
        });
    }

    private static String associatedData(Column column, String key) {
        return switch (column) {
            case SOCIAL_ACCESS_TOKEN, SOCIAL_REFRESH_TOKEN -> TokenVault.associatedData(UUID.fromString(key));
            case BANK_ACCESS_TOKEN -> BankItem.associatedData(UUID.fromString(key));
            case OAUTH_CODE_VERIFIER -> OAuthState.associatedData(key);
        };
    }
}
