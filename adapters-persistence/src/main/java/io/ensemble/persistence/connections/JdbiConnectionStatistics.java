package io.ensemble.persistence.connections;

import io.ensemble.connections.ConnectionStatistics;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;

/** {@link ConnectionStatistics} on {@code connection_requests} (its partial index of accepted requests). */
public final class JdbiConnectionStatistics extends JdbiRepository implements ConnectionStatistics {

    /** @param handles the handle provider */
    public JdbiConnectionStatistics(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public long acceptedConnections() {
        return handles.with(h -> h.createQuery("SELECT count(*) FROM connection_requests WHERE status = 'ACCEPTED'")
                .mapTo(Long.class).one());
    }
}
