package io.ensemble.persistence.notifications;

import io.ensemble.notifications.DevicePlatform;
import io.ensemble.notifications.PushDevices;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** {@link PushDevices} on {@code push_devices}; the token is the key, so a device has one owner. */
public final class JdbiPushDevices implements PushDevices {
    private static final String REGISTER = "INSERT INTO push_devices (token, user_id, platform, registered_at) "
            + "VALUES (:token, :userId, :platform, :at) ON CONFLICT (token) DO UPDATE "
            + "SET user_id = EXCLUDED.user_id, platform = EXCLUDED.platform, registered_at = EXCLUDED.registered_at";
    private static final String UNREGISTER = "DELETE FROM push_devices WHERE token = :token AND user_id = :userId";
    private static final String TOKENS = "SELECT token FROM push_devices WHERE user_id = :userId ORDER BY registered_at, token";
    private static final String FORGET = "DELETE FROM push_devices WHERE token = :token";

    private final JdbiHandles handles;

    /** @param handles the handle provider */
    public JdbiPushDevices(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public void register(UUID userId, String token, DevicePlatform platform, Instant at) {
        handles.use(h -> h.createUpdate(REGISTER).bind("token", token).bind("userId", userId)
                .bind("platform", platform.name()).bind("at", SqlTime.at(at)).execute());
    }

    @Override
    public boolean unregister(UUID userId, String token) {
        return handles.with(h -> h.createUpdate(UNREGISTER).bind("token", token).bind("userId", userId).execute()) == 1;
    }

    @Override
    public List<String> tokensOf(UUID userId) {
        return handles.with(h -> h.createQuery(TOKENS).bind("userId", userId).mapTo(String.class).list());
    }

    @Override
    public void forget(String token) {
        handles.use(h -> h.createUpdate(FORGET).bind("token", token).execute());
    }
}
