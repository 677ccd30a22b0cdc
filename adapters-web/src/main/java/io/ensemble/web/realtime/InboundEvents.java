package io.ensemble.web.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.messaging.MessagingService;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.messaging.RealtimeSignals;
import io.ensemble.messaging.SendMessageCommand;
import io.ensemble.web.messaging.EventInvites;
import io.ensemble.messaging.Typing;
import io.ensemble.shared.errors.DomainException;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.ratelimit.GeneralRateLimitFilter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbound half of the {@link RealtimeGateway}: runs one client event (names of seeds 000, 001
 * and 003) against the messaging use cases. {@code join_conversation} / {@code join_room},
 * {@code leave_conversation} / {@code leave_room}, {@code send_message} (acked after commit, one
 * token of the user's general REST budget, issue 28), {@code typing_start}, {@code typing_stop},
 * {@code typing}, {@code message_read}, {@code message_delivered} (issue 27). Every failure becomes an {@code error} event (and the ack,
 * when one was asked); the socket stays open.
 */
final class InboundEvents {
    private static final Logger LOG = LoggerFactory.getLogger(InboundEvents.class);

    private final MessagingService chat;
    private final RealtimeSignals signals;
    private final RealtimeBus bus;
    private final WirePayloads wire;
    private final Rooms rooms;
    private final RealtimeLimits limits;
    private final EventInvites invites;
    private final io.ensemble.messaging.DeliveryReceipts delivery;

    /**
     * @param bus where join/leave notices go
     * @param rooms the node's room membership, shared with the gateway's fan-out
     * @param limits the per-user send budget shared with REST
     * @param invites builds {@code event_invite} messages (issue 21 §2)
     * @param delivery records a device's {@code message_delivered} (issue 27)
     */
    InboundEvents(MessagingService chat, RealtimeSignals signals, RealtimeBus bus, WirePayloads wire, Rooms rooms,
                  RealtimeLimits limits, EventInvites invites, io.ensemble.messaging.DeliveryReceipts delivery) {
        this.delivery = java.util.Objects.requireNonNull(delivery, "delivery");
        this.invites = invites;
        this.chat = chat;
        this.signals = signals;
        this.bus = bus;
        this.wire = wire;
        this.rooms = rooms;
        this.limits = limits;
    }

    /**
     * Handles one inbound event.
     *
     * @param data the event's JSON object (may be null)
     * @param ack where the acknowledgement goes, or null when the client asked for none
     */
    void handle(ClientSession session, String event, JsonNode data, Ack ack) {
        try {
            String name = event == null ? "" : event;
            InboundData fields = new InboundData(data);
            Optional<Object> dialect = session.dialect().handle(
                    new DialectSocket(session, wire, limits, signals, rooms), name, fields);
            JsonNode result = dialect.isPresent() ? wire.of(dialect.get()) : dispatch(session, name, fields);
            if (ack != null) {
                ack.reply(result);
            }
        } catch (DomainException e) {
            fail(session, wire.error(event, e), ack);
        } catch (RuntimeException e) {
            LOG.error("Realtime event {} failed", event, e);
            fail(session, wire.error(event, "INTERNAL", "Something went wrong; try again."), ack);
        }
    }

    private static void fail(ClientSession session, JsonNode body, Ack ack) {
        if (ack != null) {
            ack.reply(body);
        }
        session.connection().emit("error", body);
    }

    private JsonNode dispatch(ClientSession s, String event, InboundData data) {
        return switch (event) {
            case "join_conversation", "join_room" -> join(s, event, data);
            case "leave_conversation", "leave_room" -> leave(s, event, data);
            case "send_message" -> send(s, data);
            case "typing_start" -> typing(s, data, true);
            case "typing_stop" -> typing(s, data, false);
            case "typing" -> typing(s, data, data.bool("isTyping", true));
            case "message_read" -> wire.ok(chat.markRead(s.caller(), data.id("messageId")
                    .orElseThrow(() -> missing("messageId"))));
            case "message_delivered" -> wire.ok(delivery.markDelivered(s.caller(), data.id("conversationId")
                    .orElseThrow(() -> missing("conversationId")), data.number("seq").orElse(null)));
            default -> throw new ValidationFailed("UNKNOWN_EVENT", "Unknown event '" + event + "'.");
        };
    }

    private JsonNode join(ClientSession s, String event, InboundData data) {
        UUID conversationId = data.id("conversationId", "roomId").orElseThrow(() -> missing("conversationId"));
        String room = ensureJoined(s, conversationId);
        if (event.equals("join_room")) {
            bus.publish(room, "user_joined", roomNotice(conversationId, s));
        }
        return wire.ok(roomNotice(conversationId, s));
    }

    private JsonNode leave(ClientSession s, String event, InboundData data) {
        UUID conversationId = data.id("conversationId", "roomId").orElseThrow(() -> missing("conversationId"));
        String room = RealtimeBus.conversationRoom(conversationId);
        boolean was = s.rooms().contains(room);
        rooms.leave(room, s);
        if (was && event.equals("leave_room")) {
            bus.publish(room, "user_left", roomNotice(conversationId, s));
        }
        return wire.ok(roomNotice(conversationId, s));
    }

    private JsonNode send(ClientSession s, InboundData data) {
        UUID conversationId = conversationOf(s, data);
        ensureJoined(s, conversationId);
        limits.general().acquire(GeneralRateLimitFilter.userKey(s.caller().userId()));
        SendMessageCommand command = invites.command(s.caller(), data.text("type").orElse(null),
                data.text("content", "text", "message").orElse(null), data.strings("attachments"),
                data.text("clientMessageId").orElse(null), data.text("eventId").orElse(null))
                .inThread(data.text("replyToId").orElse(null), data.strings("mentions"));
        MessagingService.Sent sent = chat.send(s.caller(), conversationId, command);
        if (!sent.created()) {
            s.connection().emit("message_sent", wire.of(sent.message()));
        }
        return wire.ok(sent.message());
    }

    private JsonNode typing(ClientSession s, InboundData data, boolean isTyping) {
        UUID conversationId = conversationOf(s, data);
        ensureJoined(s, conversationId);
        if (!s.typingLimit().tryAcquire()) {
            throw new RateLimited("Too many typing events; slow down.", RealtimeGateway.TYPING_WINDOW.toSeconds());
        }
        signals.typing(s.caller().userId(), conversationId, isTyping);
        return wire.ok(new Typing(conversationId, s.caller().userId(), isTyping));
    }

    /** The conversation named by {@code conversationId}, or the DIRECT one with {@code receiverId} (seed 000). */
    private UUID conversationOf(ClientSession s, InboundData data) {
        Optional<UUID> id = data.id("conversationId", "roomId");
        if (id.isPresent()) {
            return id.get();
        }
        UUID receiver = data.id("receiverId").orElseThrow(() -> missing("conversationId"));
        return chat.openDirect(s.caller(), receiver).conversation().id();
    }

    /** Joins the conversation room after checking membership. @throws NotFound for a non-member */
    private String ensureJoined(ClientSession s, UUID conversationId) {
        String room = RealtimeBus.conversationRoom(conversationId);
        if (!s.rooms().contains(room)) {
            if (!chat.canJoin(s.caller(), conversationId)) {
                throw new NotFound("Conversation not found.");
            }
            rooms.join(room, s);
        }
        return room;
    }

    private JsonNode roomNotice(UUID conversationId, ClientSession s) {
        return wire.of(Map.of("conversationId", conversationId.toString(),
                "room", RealtimeBus.conversationRoom(conversationId), "userId", s.caller().userId().toString()));
    }

    private static ValidationFailed missing(String field) {
        return new ValidationFailed(List.of(new FieldError(field, "is required")));
    }
}
