package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.connections.ConnectionDirectory;
import io.ensemble.connections.ConnectionService;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.web.connections.ConnectionResource;
import java.time.Clock;

/**
 * Wires the connections context (issue 5 §3): the service over the shared repositories (notifying
 * through the notifications context's {@link NotificationPublisher}) and its Jersey resource.
 */
public final class ConnectionsWiring {
    private ConnectionsWiring() {
    }

    /**
     * Builds the context over {@code db} and registers its resource on {@code jersey}.
     *
     * @param notifications where connection events become notifications (same transaction)
     * @return whether two users are connected, for messaging's {@code requireConnection}
     */
    public static ConnectionDirectory register(Persistence db, JerseyEnvironment jersey,
                                               NotificationPublisher notifications, IdGenerator ids, Clock clock) {
        jersey.register(new ConnectionResource(
                new ConnectionService(db.users, db.connections, notifications, db.transactions, ids, clock,
                        db.outbox)));
        return db.connections;
    }
}
