package io.ensemble.persistence.agency;

import io.ensemble.agency.TeamDirectory;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@link TeamDirectory} read from {@code users}: ACTIVE accounts, ACTIVE admins. */
public final class JdbiTeamDirectory extends JdbiRepository implements TeamDirectory {
    /** @param handles the handle provider */
    public JdbiTeamDirectory(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public Set<UUID> active(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(handles.with(h -> h.createQuery("SELECT id FROM users WHERE id = ANY(:ids)"
                        + " AND status = 'ACTIVE'").bindArray("ids", UUID.class, List.copyOf(ids))
                .mapTo(UUID.class).list()));
    }

    @Override
    public List<UUID> admins() {
        return handles.with(h -> h.createQuery("SELECT id FROM users WHERE role = 'ADMIN' AND status = 'ACTIVE'"
                + " ORDER BY id").mapTo(UUID.class).list());
    }
}
