package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.ensemble.app.outbox.OutboxHandlers;
import io.ensemble.app.outbox.OutboxRelayJob;
import io.ensemble.app.outbox.RelayedEffects;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.notifications.OfflineMessageNotifier;
import io.ensemble.notifications.PresenceProbe;
import io.ensemble.persistence.outbox.OutboxCodec;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Wires the outbox relay (DESIGN §Patterns "Outbox", issue 5 §4): after commit, every event some context
 * appended to the outbox goes to the handler of its event class ({@link RelayedEffects}: socket events to
 * the bus, chat messages to the offline notifier, order system messages announced live), read back through
 * the one {@link OutboxCodec}. Wired last, as it consumes
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
     * @param feed appends integrator events to the feed (issue 26 §1, {@link FeedWiring})
     * @param more adds the handlers of further contexts (support's ticket pushes, {@link SupportWiring})
     */
    public static void register(Environment env, Persistence db, RealtimeBus bus, PresenceProbe presence,
                                NotificationPublisher notifications, Consumer<UUID> announcer, Clock clock,
                                Consumer<io.ensemble.feed.FeedDraft> feed,
                                java.util.function.UnaryOperator<OutboxHandlers> more) {
        OutboxHandlers handlers = more.apply(RelayedEffects.handlers(bus,
                new OfflineMessageNotifier(presence, db.recipientAddresses, notifications), announcer,
                OutboxCodec.standard(), new io.ensemble.app.outbox.FeedProjection(OutboxCodec.standard(), feed)));
        env.lifecycle().manage(OutboxRelayJob.over(db.outbox, db.transactions, handlers, clock,
                OutboxRelayJob.POLL_INTERVAL));
    }
}
