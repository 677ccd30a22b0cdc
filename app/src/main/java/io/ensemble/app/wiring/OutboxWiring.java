package io.ensemble.app.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.setup.Environment;
import io.ensemble.app.OutboxDispatch;
import io.ensemble.app.OutboxRelayJob;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.notifications.OfflineMessageNotifier;
import io.ensemble.notifications.PresenceProbe;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Wires the outbox relay (DESIGN §Patterns "Outbox", issue 5 §4): after commit, every event some context
 * appended to the outbox goes to its handler ({@link OutboxDispatch}: socket events to the bus, chat
 * messages to the offline notifier, order system messages announced live). Wired last, as it consumes
 * the notifications, messaging and realtime contexts.
 */
public final class OutboxWiring {
    private OutboxWiring() {
    }

    /**
     * Starts the relay's poller with the app.
     *
     * @param bus where socket events are published (the node's publisher)
     * @param presence whether a user has an open socket on some node (the realtime signals)
     * @param notifications publishes the offline notification of a chat message
     * @param announcer pushes a chat message stored by another context live ({@code MessagingService::announce})
     * @param json parses the stored payloads
     */
    public static void register(Environment env, Persistence db, RealtimeBus bus, PresenceProbe presence,
                                NotificationPublisher notifications, Consumer<UUID> announcer, ObjectMapper json,
                                Clock clock) {
        OutboxDispatch dispatch = new OutboxDispatch(bus,
                new OfflineMessageNotifier(presence, db.recipientAddresses, notifications), announcer, json);
        env.lifecycle().manage(OutboxRelayJob.over(db.outbox, db.transactions, dispatch, clock,
                OutboxRelayJob.POLL_INTERVAL));
    }
}
