package io.ensemble.persistence.identity;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The identity context's personal data (issue 20 §4). Export: the account (no password hash), codes (no
 * code hashes), sessions. Erasure (the last step): codes, sessions (and their refresh tokens) and queued
 * password resets deleted; the account row kept for the orders and payouts that reference it, pseudonymised
 * (e-mail {@code deleted-<id>@deleted.invalid}, so the address is free again; name "Deleted user"; no password, no phone).
 */
public final class IdentityPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("users", "id").without("password_hash"), Table.of("one_time_codes", "user_id").without("code_hash"),
            Table.of("sessions", "user_id"));

    /** @param handles the handle provider */
    public IdentityPersonalData(JdbiHandles handles) {
        super("identity", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        h.createUpdate("DELETE FROM one_time_codes WHERE user_id = :u").bind("u", subject.userId()).execute();
        h.createUpdate("DELETE FROM sessions WHERE user_id = :u").bind("u", subject.userId()).execute();
        h.createUpdate("DELETE FROM password_reset_requests WHERE lower(email) IN "
                + "(SELECT lower(email) FROM users WHERE id = :u)").bind("u", subject.userId()).execute();
        h.createUpdate("UPDATE users SET email = 'deleted-' || id || '@deleted.invalid', name = :name, "
                + "password_hash = NULL, email_verified = false, phone = NULL, phone_verified = false, status = 'DELETED', updated_at = now() WHERE id = :u")
                .bind("name", PersonalRows.REPLACEMENT).bind("u", subject.userId()).execute();
    }
}
