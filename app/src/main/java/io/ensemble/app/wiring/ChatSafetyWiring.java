package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.blocks.BlockService;
import io.ensemble.messaging.ChatSearch;
import io.ensemble.messaging.DeliveryReceipts;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.web.blocks.BlockResource;
import io.ensemble.web.messaging.ChatReceiptResource;
import io.ensemble.web.messaging.ChatSearchResource;
import io.ensemble.web.messaging.EventInvites;
import java.time.Clock;

/**
 * Wires issue 27's safety and recall features: the blocks context ({@code /api/v1/blocks}; what a
 * block stops is enforced by the messaging, connections and profiles adapters over the same table),
 * delivery receipts and message search in the messaging context.
 */
public final class ChatSafetyWiring {
    private ChatSafetyWiring() {
    }

    /**
     * Builds the use cases over {@code db} and registers their resources.
     *
     * @param bus where {@code message_delivered} is published after commit
     * @param invites renders messages in search results as the chat routes do
     * @return the delivery receipts, for the socket gateway's {@code message_delivered}
     */
    public static DeliveryReceipts register(JerseyEnvironment jersey, Persistence db, RealtimeBus bus, Clock clock,
                                            EventInvites invites) {
        jersey.register(new BlockResource(new BlockService(db.blocks, clock)));
        DeliveryReceipts delivery = new DeliveryReceipts(db.messageDeliveries, bus);
        jersey.register(new ChatReceiptResource(delivery));
        jersey.register(new ChatSearchResource(new ChatSearch(db.conversations, db.messageSearch), invites));
        return delivery;
    }
}
