package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.connections.ConnectionDirectory;
import io.ensemble.connections.ConnectionService;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.shared.IdGenerator;
import io.ensemble.web.connections.ConnectionResource;
import java.time.Clock;

/**
 * Wires the connections context (issue 5 §3): the PostgreSQL repository, the service (which notifies
 * through the notifications context's {@link NotificationPublisher}) and its Jersey resource. Exposes
 * the {@link #directory} messaging consumes.
 */
public final class ConnectionsWiring {
    /** Whether two users are connected; for messaging's {@code requireConnection}. */
    public final ConnectionDirectory directory;

    private ConnectionsWiring(ConnectionDirectory directory) {
        this.directory = directory;
    }

    /**
     * Builds the context over {@code db} and registers its resource on {@code jersey}.
     *
     * @param notifications where connection events become notifications (same transaction)
     * @return the ports other contexts may consume
     */
    public static ConnectionsWiring register(Persistence db, JerseyEnvironment jersey, NotificationPublisher notifications,
                                      IdGenerator ids, Clock clock) {
        jersey.register(new ConnectionResource(
                new ConnectionService(db.users, db.connections, notifications, db.transactions, ids, clock)));
        return new ConnectionsWiring(db.connections);
    }
}
