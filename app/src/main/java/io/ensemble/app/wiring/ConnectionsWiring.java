package io.ensemble.app;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.connections.ConnectionDirectory;
import io.ensemble.connections.ConnectionService;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.persistence.connections.JdbiConnectionRepository;
import io.ensemble.shared.IdGenerator;
import io.ensemble.web.connections.ConnectionResource;
import java.time.Clock;

/**
 * Wires the connections context (issue 5 §3): the PostgreSQL repository, the service (which notifies
 * through the notifications context's {@link NotificationPublisher}) and its Jersey resource. Exposes
 * the {@link #directory} messaging consumes.
 */
final class ConnectionsWiring {
    /** Whether two users are connected; for messaging's {@code requireConnection}. */
    final ConnectionDirectory directory;

    private ConnectionsWiring(ConnectionDirectory directory) {
        this.directory = directory;
    }

    /**
     * Builds the context over {@code db} and registers its resource on {@code jersey}.
     *
     * @param notifications where connection events become notifications (same transaction)
     * @return the ports other contexts may consume
     */
    static ConnectionsWiring register(Persistence db, JerseyEnvironment jersey, NotificationPublisher notifications,
                                      IdGenerator ids, Clock clock) {
        var connections = new JdbiConnectionRepository(db.handles);
        jersey.register(new ConnectionResource(
                new ConnectionService(db.users, connections, notifications, db.transactions, ids, clock)));
        return new ConnectionsWiring(connections);
    }
}
