package io.ensemble.persistence.profiles;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The profiles context's personal data (issue 20 §4). Export: the profile, collaboration
 * preferences and seeds/002 details. Erasure: every personal field of the profile blanked (the row
 * stays so orders and conversations still show a "Deleted user"), the preferences and details deleted.
 */
public final class ProfilesPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("profiles", "user_id"), Table.of("collaboration_preferences", "user_id"),
            Table.of("profile_details", "user_id"));

    /** @param handles the handle provider */
    public ProfilesPersonalData(JdbiHandles handles) {
        super("profiles", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        h.createUpdate("UPDATE profiles SET display_name = :name, username = NULL, bio = '', avatar_url = '', "
                + "phone = '', region = '', city = '', categories = '{}', languages = '{}', website = '', "
                + "business_name = '', description = '', address = '', industry = '', rate_min = NULL, "
                + "rate_max = NULL, rate_currency = NULL, availability = NULL, budget_min = NULL, budget_max = NULL, "
                + "budget_currency = NULL, featured = false, verified = false, updated_at = now() WHERE user_id = :u")
                .bind("name", PersonalRows.REPLACEMENT).bind("u", subject.userId()).execute();
        h.createUpdate("DELETE FROM collaboration_preferences WHERE user_id = :u").bind("u", subject.userId()).execute();
        h.createUpdate("DELETE FROM profile_details WHERE user_id = :u").bind("u", subject.userId()).execute();
    }
}
