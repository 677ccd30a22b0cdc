package io.ensemble.persistence.notifications;

import io.ensemble.notifications.RecipientAddresses;
import io.ensemble.persistence.database.JdbiHandles;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@link RecipientAddresses} over the {@code users} table: the address of an ACTIVE account only. */
public final class JdbiRecipientAddresses implements RecipientAddresses {
    private static final String EMAIL = "SELECT email FROM users WHERE id = :id AND status = 'ACTIVE'";

    private final JdbiHandles handles;

    /** @param handles the handle provider */
    public JdbiRecipientAddresses(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public Optional<String> emailOf(UUID userId) {
        return handles.with(h -> h.createQuery(EMAIL).bind("id", userId).mapTo(String.class).findOne());
    }
}
