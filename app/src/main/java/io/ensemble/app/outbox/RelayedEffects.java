package io.ensemble.app.outbox;

import io.ensemble.messaging.MessagingEvent;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.notifications.NotificationEvent;
import io.ensemble.notifications.OfflineMessageNotifier;
import io.ensemble.persistence.outbox.OutboxCodec;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the app does with each domain event after commit (DESIGN §Patterns "Outbox"):
 * <ul>
 *   <li>{@link NotificationEvent}s go to room {@code user:{recipientId}} on the {@link RealtimeBus}
 *       under their seeds/001 socket name, with the event's outbox payload as data (seeds/001
 *       §Notification Events);</li>
 *   <li>agency {@link io.ensemble.agency.TaskEvent}s ({@code task_created}, {@code task_updated}) likewise to
 *       {@code user:{recipientId}}, the record as data (seeds/003 §Real-time Updates);</li>
 *   <li>{@link MessagingEvent.MessageStored} goes to the {@link OfflineMessageNotifier} (inside the
 *       relay's transaction, so the notification commits with the event being marked relayed), and so
 *       does {@link MessagingEvent.Mentioned} (a mention in a group, notified even when muted, issue 27);</li>
 *   <li>{@link MessagingEvent.MessageAnnounced} (a system message stored by another context) is
 *       published live by the messaging context, and so is {@link MessagingEvent.MessageRemoved} (a
 *       message an admin removed, published as {@code message_deleted});</li>
 *   <li>the agency's {@code payout_updated} and {@code new_notification} go to the member's room
 *       ({@link AgencyOpsRelay}).</li>
 * </ul>
 */
public final class RelayedEffects {
    private RelayedEffects() {
    }

    /**
     * @param bus where socket events are published (the node's publisher: local, or Redis to every node)
     * @param offline tells offline members of new chat messages
     * @param announcer publishes a stored chat message by id ({@code MessagingService::announce}; a
     *     tombstone as {@code message_deleted})
     * @param codec gives each notification event its socket payload (the same JSON as its outbox row)
     * @param feed projects order and account events onto the integrator feed (issue 26 §1)
     * @return the registry with a handler for every event the outbox stores
     */
    public static OutboxHandlers handlers(RealtimeBus bus, OfflineMessageNotifier offline, Consumer<UUID> announcer,
                                          OutboxCodec codec, FeedProjection feed) {
        return AgencyOpsRelay.registerOn(feed.registerOn(new OutboxHandlers()), bus, codec)
                .on(NotificationEvent.class, (row, event) -> bus.publish(RealtimeBus.userRoom(row.recipientId()),
                        event.socketEvent(), codec.tree(event)))
                .on(io.ensemble.agency.TaskEvent.class, (row, event) -> bus.publish(
                        RealtimeBus.userRoom(row.recipientId()), event.socketEvent(), codec.tree(event)))
                .on(MessagingEvent.MessageStored.class, (row, event) -> offline.messageStored(row.recipientId(),
                        event.conversationId(), event.senderId()))
                .on(MessagingEvent.MessageAnnounced.class, (row, event) -> announcer.accept(event.messageId()))
                .on(MessagingEvent.MessageRemoved.class, (row, event) -> announcer.accept(event.messageId()))
                .on(MessagingEvent.Mentioned.class, (row, event) -> offline.mentioned(row.recipientId(),
                        event.conversationId(), event.senderId()));
    }
}
