package io.ensemble.persistence.payments;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The payments context's personal data (issue 20 §4). Export: payouts and payout accounts. Erasure:
 * payouts kept for accounting (pseudonymised through the account row), payout accounts deleted.
 */
public final class PaymentsPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("payouts", "user_id"), Table.of("payout_accounts", "user_id"));

    /** @param handles the handle provider */
    public PaymentsPersonalData(JdbiHandles handles) {
        super("payments", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        h.createUpdate("DELETE FROM payout_accounts WHERE user_id = :u").bind("u", subject.userId()).execute();
    }
}
