package io.ensemble.app.outbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ensemble.agency.AgencyOpsEvent;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.persistence.outbox.OutboxCodec;

/**
 * After-commit effects of {@link AgencyOpsEvent}s (issue 22 §1, seeds/003 §Real-time Updates): each goes to
 * room {@code user:{recipientId}} — {@code payout_updated {payoutId, status}} as stored, and
 * {@code new_notification {notification: {id, title, message, type, createdAt, read: false}}}.
 */
public final class AgencyOpsRelay {
    private AgencyOpsRelay() {
    }

    /**
     * @param handlers the registry to add the agency handlers to
     * @param bus where socket events are published
     * @param codec gives each event its JSON payload
     * @return {@code handlers}
     */
    public static OutboxHandlers registerOn(OutboxHandlers handlers, RealtimeBus bus, OutboxCodec codec) {
        return handlers
                .on(AgencyOpsEvent.PayoutUpdated.class, (row, event) -> bus.publish(
                        RealtimeBus.userRoom(row.recipientId()), event.socketEvent(), codec.tree(event)))
                .on(AgencyOpsEvent.NotificationCreated.class, (row, event) -> {
                    ObjectNode notification = (ObjectNode) codec.tree(event);
                    notification.put("read", false);
                    ObjectNode payload = JsonNodeFactory.instance.objectNode();
                    payload.set("notification", notification);
                    bus.publish(RealtimeBus.userRoom(row.recipientId()), event.socketEvent(), payload);
                });
    }
}
