package io.ensemble.persistence.identity;

import io.ensemble.identity.ClosedAccounts;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.UUID;

/** {@link ClosedAccounts} on {@code users} and {@code sessions}: status DELETED, every session revoked. */
public final class JdbiClosedAccounts extends JdbiRepository implements ClosedAccounts {
    private static final String CLOSE = "UPDATE users SET status = 'DELETED', updated_at = :at WHERE id = :id";
    private static final String REVOKE = "UPDATE sessions SET revoked_at = :at WHERE user_id = :id AND revoked_at IS NULL";

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiClosedAccounts(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public boolean close(UUID userId, Instant at) {
        return handles.with(h -> {
            int closed = h.createUpdate(CLOSE).bind("id", userId).bind("at", SqlTime.at(at)).execute();
            h.createUpdate(REVOKE).bind("id", userId).bind("at", SqlTime.at(at)).execute();
            return closed > 0;
        });
    }
}
