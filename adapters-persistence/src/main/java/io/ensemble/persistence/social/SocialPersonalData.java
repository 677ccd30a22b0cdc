package io.ensemble.persistence.social;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The social context's personal data (issue 20 §4). Export: linked accounts (no tokens), stats,
 * totals, pending OAuth states (no verifier). Erasure: all deleted (snapshots with their accounts), after
 * {@code social.SocialErasure} revoked the grants at the providers that offer it.
 */
public final class SocialPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("social_accounts", "user_id").without("access_token", "refresh_token"), Table.of("social_stats", "user_id"),
            Table.of("social_totals", "user_id"), Table.of("oauth_states", "user_id").without("state_hash", "code_verifier"));

    /** @param handles the handle provider */
    public SocialPersonalData(JdbiHandles handles) {
        super("social", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        for (String table : List.of("social_accounts", "social_stats", "social_totals", "oauth_states")) {
            h.createUpdate("DELETE FROM " + table + " WHERE user_id = :u").bind("u", subject.userId()).execute();
        }
    }
}
