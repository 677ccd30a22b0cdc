package io.ensemble.persistence.agency;

import io.ensemble.agency.AgencyRecipients;
import io.ensemble.identity.Role;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link AgencyRecipients} on {@code users}: ACTIVE accounts, oldest first. */
public final class JdbiAgencyRecipients extends JdbiRepository implements AgencyRecipients {
    /** @param handles the handle provider */
    public JdbiAgencyRecipients(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public List<UUID> active(Optional<Role> role, int max) {
        String sql = "SELECT id FROM users WHERE status = 'ACTIVE'" + (role.isPresent() ? " AND role = :role" : "")
                + " ORDER BY created_at, id LIMIT :max";
        return handles.with(h -> {
            var q = h.createQuery(sql).bind("max", max);
            role.ifPresent(r -> q.bind("role", r.name()));
            return q.mapTo(UUID.class).list();
        });
    }
}
