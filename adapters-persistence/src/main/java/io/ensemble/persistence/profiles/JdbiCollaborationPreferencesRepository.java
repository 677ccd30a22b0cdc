package io.ensemble.persistence.profiles;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.profiles.CollaborationPreferences;
import io.ensemble.profiles.CollaborationPreferencesRepository;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link CollaborationPreferencesRepository} on {@code collaboration_preferences}, one row per user. */
public final class JdbiCollaborationPreferencesRepository extends JdbiRepository implements CollaborationPreferencesRepository {
    private static final String FIND = "SELECT audience_min, audience_max, budget_min, budget_max, collaboration_types, "
            + "locations, country, rizz_score FROM collaboration_preferences WHERE user_id = :userId";
    private static final String UPSERT = "INSERT INTO collaboration_preferences (user_id, audience_min, audience_max, "
            + "budget_min, budget_max, collaboration_types, locations, country) VALUES (:userId, :audienceMin, "
            + ":audienceMax, :budgetMin, :budgetMax, :types, :locations, :country) ON CONFLICT (user_id) DO UPDATE SET "
            + "audience_min = EXCLUDED.audience_min, audience_max = EXCLUDED.audience_max, "
            + "budget_min = EXCLUDED.budget_min, budget_max = EXCLUDED.budget_max, "
            + "collaboration_types = EXCLUDED.collaboration_types, locations = EXCLUDED.locations, "
            + "country = EXCLUDED.country, updated_at = now()";

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiCollaborationPreferencesRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public Optional<CollaborationPreferences> find(UUID userId) {
        return handles.with(h -> h.createQuery(FIND).bind("userId", userId).map((rs, ctx) ->
                new CollaborationPreferences(rs.getLong("audience_min"), rs.getLong("audience_max"),
                        rs.getLong("budget_min"), rs.getLong("budget_max"), strings(rs.getArray("collaboration_types")),
                        strings(rs.getArray("locations")), rs.getString("country"), rs.getInt("rizz_score")))
                .findOne());
    }

    /** Upserts every user-editable column; {@code rizz_score} keeps its stored value. */
    @Override
    public void save(UUID userId, CollaborationPreferences p) {
        handles.use(h -> h.createUpdate(UPSERT).bind("userId", userId).bind("audienceMin", p.audienceMin())
                .bind("audienceMax", p.audienceMax()).bind("budgetMin", p.budgetMin()).bind("budgetMax", p.budgetMax())
                .bindArray("types", String.class, p.collaborationTypes())
                .bindArray("locations", String.class, p.locations()).bind("country", p.country()).execute());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
