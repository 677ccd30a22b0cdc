package io.ensemble.persistence.keys;

import io.ensemble.persistence.database.JdbiHandles;
import java.util.List;
import java.util.Objects;

/**
 * The columns that hold {@link io.ensemble.shared.keys.SecretCipher} ciphertexts, read page by page and
 * rewritten one row at a time, for re-encryption after a key rotation ({@code rotate-encryption-key},
 * issue 29 §1). A rewrite is a compare-and-set on the old ciphertext, so a value a running node stored
 * meanwhile is never overwritten.
 */
public final class JdbiEncryptedColumns {

    /** A ciphertext column, the key column of its table, and the prefix of its associated data. */
    public enum Column {
        /** {@code social_accounts.access_token}, AD {@code social_account:<id>}. */
        SOCIAL_ACCESS_TOKEN("social_accounts", "id", "uuid", "access_token"),
        /** {@code social_accounts.refresh_token}, AD {@code social_account:<id>}. */
        SOCIAL_REFRESH_TOKEN("social_accounts", "id", "uuid", "refresh_token"),
        /** {@code bank_items.access_token_ciphertext}, AD {@code bank_item:<id>}. */
        BANK_ACCESS_TOKEN("bank_items", "id", "uuid", "access_token_ciphertext"),
        /** {@code oauth_states.code_verifier}, AD {@code oauth_state:<state_hash>}. */
        OAUTH_CODE_VERIFIER("oauth_states", "state_hash", "text", "code_verifier");

        private final String page;
        private final String replace;

        Column(String table, String key, String keyType, String column) {
            // identifiers are these constants, never input
            this.page = "SELECT " + key + "::text AS k, " + column + " AS c FROM " + table
                    + " WHERE " + column + " IS NOT NULL AND (CAST(:after AS text) IS NULL OR " + key
                    + " > CAST(:after AS " + keyType + ")) ORDER BY " + key + " LIMIT :limit FOR UPDATE";
            this.replace = "UPDATE " + table + " SET " + column + " = :replacement WHERE " + key + " = CAST(:key AS "
                    + keyType + ") AND " + column + " = :expected";
        }
    }

    /**
     * One stored ciphertext.
     *
     * @param key        the row's key ({@code id} or {@code state_hash}) as text
     * @param ciphertext the stored bytes
     */
    public record Row(String key, byte[] ciphertext) {
    }

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiEncryptedColumns(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    /**
     * @param column which column
     * @param after  the key of the last row of the previous page, or null for the first page
     * @param limit  rows at most
     * @return the next rows with a ciphertext, in key order, locked until the transaction ends
     */
    public List<Row> page(Column column, String after, int limit) {
        return handles.with(h -> h.createQuery(column.page).bind("after", after).bind("limit", limit)
                .map((rs, ctx) -> new Row(rs.getString("k"), rs.getBytes("c"))).list());
    }

    /**
     * Replaces a ciphertext if it is still {@code expected}.
     *
     * @return whether the row was updated
     */
    public boolean replace(Column column, String key, byte[] expected, byte[] replacement) {
        return handles.with(h -> h.createUpdate(column.replace).bind("key", key).bind("expected", expected)
                .bind("replacement", replacement).execute()) == 1;
    }
}
