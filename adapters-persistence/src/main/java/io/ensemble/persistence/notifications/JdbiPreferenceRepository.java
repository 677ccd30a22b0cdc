package io.ensemble.persistence.notifications;

import io.ensemble.notifications.ChannelChoice;
import io.ensemble.notifications.NotificationType;
import io.ensemble.notifications.PreferenceRepository;
import io.ensemble.persistence.database.JdbiHandles;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** {@link PreferenceRepository} on {@code notification_preferences}: one row per user and changed type. */
public final class JdbiPreferenceRepository implements PreferenceRepository {
    private static final String FIND = "SELECT type, in_app, email, push FROM notification_preferences WHERE user_id = :userId";
    private static final String UPSERT = "INSERT INTO notification_preferences (user_id, type, in_app, email, push) "
            + "VALUES (:userId, :type, :inApp, :email, :push) ON CONFLICT (user_id, type) DO UPDATE "
            + "SET in_app = EXCLUDED.in_app, email = EXCLUDED.email, push = EXCLUDED.push";

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiPreferenceRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    /** @return the stored rows by type; rows of types this build no longer knows are ignored */
    @Override
    public Map<NotificationType, ChannelChoice> find(UUID userId) {
        Map<NotificationType, ChannelChoice> out = new EnumMap<>(NotificationType.class);
        handles.use(h -> h.createQuery(FIND).bind("userId", userId).map((rs, ctx) -> {
            for (NotificationType t : NotificationType.values()) {
                if (t.name().equals(rs.getString("type"))) {
                    out.put(t, new ChannelChoice(rs.getBoolean("in_app"), rs.getBoolean("email"), rs.getBoolean("push")));
                }
            }
            return null;
        }).list());
        return out;
    }

    /** Upserts one row per given type. */
    @Override
    public void save(UUID userId, Map<NotificationType, ChannelChoice> choices) {
        handles.use(h -> choices.forEach((type, c) -> h.createUpdate(UPSERT).bind("userId", userId)
                .bind("type", type.name()).bind("inApp", c.inApp()).bind("email", c.email()).bind("push", c.push())
                .execute()));
    }
}
