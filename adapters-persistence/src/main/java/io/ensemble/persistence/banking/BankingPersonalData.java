package io.ensemble.persistence.banking;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.persistence.privacy.PersonalTables;
import java.util.List;

/**
 * The banking context's export (issue 20 §4): linked items (no access token) and accounts. Their
 * erasure is {@code banking.BankingErasure}, which first removes each item at the provider.
 */
public final class BankingPersonalData extends PersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("bank_items", "user_id").without("access_token_ciphertext"),
            Table.of("bank_accounts", "user_id"));

    /** @param handles the handle provider */
    public BankingPersonalData(JdbiHandles handles) {
        super(TABLES, handles);
    }
}
