package io.ensemble.app;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.connections.ConnectionDirectory;
import io.ensemble.connections.ConnectionService;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.notifications.NotificationService;
import io.ensemble.notifications.OutboxNotificationPublisher;
import io.ensemble.persistence.JdbiOutbox;
import io.ensemble.persistence.connections.JdbiConnectionRepository;
import io.ensemble.persistence.notifications.JdbiNotificationRepository;
import io.ensemble.shared.IdGenerator;
import io.ensemble.shared.Outbox;
import io.ensemble.web.connections.ConnectionResource;
import io.ensemble.web.notifications.NotificationResource;
import java.time.Clock;

/**
 * Wires the connections and notifications contexts (issue 5 §3-§4): PostgreSQL repositories, the
 * outbox-backed {@link NotificationPublisher}, the services, and their Jersey resources. Exposes
 * the ports other contexts consume ({@link #directory}, {@link #publisher}, {@link #outbox}).
 */
final class ConnectionsWiring {
    /** Whether two users are connected; for messaging's {@code requireConnection}. */
    final ConnectionDirectory directory;
    /** Publishes notifications inside the caller's transaction; for every context. */
    final NotificationPublisher publisher;
    /** The transactional outbox, relayed by {@link OutboxRelayJob} (push and mail are follow-ups). */
    final Outbox outbox;

    private ConnectionsWiring(ConnectionDirectory directory, NotificationPublisher publisher, Outbox outbox) {
        this.directory = directory;
        this.publisher = publisher;
        this.outbox = outbox;
    }

    /**
     * Builds both contexts over {@code db} and registers their resources on {@code jersey}.
     *
     * @return the ports other contexts may consume
     */
    static ConnectionsWiring register(Persistence db, JerseyEnvironment jersey, IdGenerator ids, Clock clock) {
        var connections = new JdbiConnectionRepository(db.handles);
        var notifications = new JdbiNotificationRepository(db.handles);
        var outbox = new JdbiOutbox(db.handles);
        var publisher = new OutboxNotificationPublisher(notifications, outbox, ids, clock);
        jersey.register(new ConnectionResource(
                new ConnectionService(db.users, connections, publisher, db.transactions, ids, clock)));
        jersey.register(new NotificationResource(new NotificationService(notifications, clock)));
        return new ConnectionsWiring(connections, publisher, outbox);
    }
}
