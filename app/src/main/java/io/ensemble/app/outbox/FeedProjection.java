package io.ensemble.app.outbox;

import io.ensemble.connections.ConnectionEvent;
import io.ensemble.events.EventActivity;
import io.ensemble.feed.FeedDraft;
import io.ensemble.feed.FeedTypes;
import io.ensemble.identity.IdentityEvent;
import io.ensemble.marketplace.OrderEvent;
import io.ensemble.payments.PaymentActivity;
import io.ensemble.persistence.outbox.OutboxCodec;
import io.ensemble.shared.outbox.DomainEvent;
import io.ensemble.shared.outbox.OutboxEvent;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Projects the domain events integrators care about onto the integrator feed (issue 26 §1): each
 * record class gets its dotted type name and subject ids; the payload is the record's outbox JSON (its
 * public fields, one codec). The draft keeps the outbox row's id, so a relay that runs twice appends
 * once. Handed to the sink inside the relay's transaction (feed append and webhook fan-out).
 */
public final class FeedProjection {
    private final OutboxCodec codec;
    private final Consumer<FeedDraft> sink;

    /** @param sink appends to the feed and queues the webhook deliveries */
    public FeedProjection(OutboxCodec codec, Consumer<FeedDraft> sink) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** @return a projection that drops everything (for tests of other handlers) */
    public static FeedProjection discarding() {
        return new FeedProjection(OutboxCodec.standard(), draft -> { });
    }

    /** Registers a handler for every feed-visible event record on {@code handlers}. */
    public OutboxHandlers registerOn(OutboxHandlers handlers) {
        return handlers
                .on(OrderEvent.Placed.class, (row, e) -> emit(row, FeedTypes.ORDER_PLACED, e,
                        Map.of("order", e.orderId(), "brand", e.brandId(), "creator", e.creatorId())))
                .on(OrderEvent.Transitioned.class, (row, e) -> emit(row, FeedTypes.ORDER_TRANSITIONED, e,
                        Map.of("order", e.orderId(), "brand", e.brandId(), "creator", e.creatorId())))
                .on(IdentityEvent.UserCreated.class, (row, e) -> emit(row, FeedTypes.USER_CREATED, e,
                        Map.of("user", e.userId())))
                .on(IdentityEvent.UserVerified.class, (row, e) -> emit(row, FeedTypes.USER_VERIFIED, e,
                        Map.of("user", e.userId())))
                .on(ConnectionEvent.Requested.class, (row, e) -> emit(row, FeedTypes.CONNECTION_REQUESTED, e,
                        Map.of("request", e.requestId(), "requester", e.requesterId(), "receiver", e.receiverId())))
                .on(ConnectionEvent.Accepted.class, (row, e) -> emit(row, FeedTypes.CONNECTION_ACCEPTED, e,
                        Map.of("request", e.requestId(), "requester", e.requesterId(), "receiver", e.receiverId())))
                .on(EventActivity.Created.class, (row, e) -> emit(row, FeedTypes.EVENT_CREATED, e,
                        Map.of("event", e.eventId(), "host", e.hostId())))
                .on(EventActivity.Rsvped.class, (row, e) -> emit(row, FeedTypes.EVENT_RSVP, e,
                        Map.of("event", e.eventId(), "user", e.userId())))
                .on(PaymentActivity.Succeeded.class, (row, e) -> emit(row, FeedTypes.PAYMENT_SUCCEEDED, e,
                        Map.of("order", e.orderId())))
                .on(PaymentActivity.Refunded.class, (row, e) -> emit(row, FeedTypes.PAYMENT_REFUNDED, e,
                        Map.of("order", e.orderId())))
                .on(IdentityEvent.UserSuspended.class, (row, e) -> emit(row, FeedTypes.USER_SUSPENDED, e,
                        Map.of("user", e.userId())))
                .on(IdentityEvent.UserUnsuspended.class, (row, e) -> emit(row, FeedTypes.USER_UNSUSPENDED, e,
                        Map.of("user", e.userId())))
                .on(io.ensemble.privacy.PrivacyEvent.UserDeleted.class, (row, e) -> emit(row, FeedTypes.USER_DELETED, e,
                        Map.of("user", e.userId())))
                .on(io.ensemble.profiles.ProfileEvent.Updated.class, (row, e) -> emit(row, FeedTypes.PROFILE_UPDATED, e,
                        Map.of("user", e.userId())))
                .on(io.ensemble.messaging.MessagingEvent.MessageSent.class, (row, e) -> emit(row,
                        FeedTypes.MESSAGE_SENT, e, Map.of("message", e.messageId(), "conversation", e.conversationId(),
                                "sender", e.senderId())))
                .on(PaymentActivity.PayoutPaid.class, (row, e) -> emit(row, FeedTypes.PAYOUT_PAID, e,
                        Map.of("payout", e.payoutId(), "user", e.userId(), "order", e.orderId())))
                .on(PaymentActivity.PayoutFailed.class, (row, e) -> emit(row, FeedTypes.PAYOUT_FAILED, e,
                        Map.of("payout", e.payoutId(), "user", e.userId(), "order", e.orderId())))
                .on(EventActivity.TicketPurchased.class, (row, e) -> emit(row, FeedTypes.TICKET_PURCHASED, e,
                        Map.of("ticket", e.ticketId(), "event", e.eventId(), "user", e.userId())))
                .on(EventActivity.TicketRefunded.class, (row, e) -> emit(row, FeedTypes.TICKET_REFUNDED, e,
                        Map.of("ticket", e.ticketId(), "event", e.eventId(), "user", e.userId())))
                .on(io.ensemble.moderation.ModerationEvent.ReportFiled.class, (row, e) -> emit(row,
                        FeedTypes.REPORT_FILED, e, Map.of("report", e.reportId(), "target", e.targetId(),
                                "author", e.authorId())));
    }

    private void emit(OutboxEvent row, String type, DomainEvent event, Map<String, UUID> subjects) {
        sink.accept(new FeedDraft(row.id(), type, subjects, codec.encode(event), row.createdAt()));
    }
}
