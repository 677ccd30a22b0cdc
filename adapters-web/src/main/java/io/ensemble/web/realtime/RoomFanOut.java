package io.ensemble.web.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.Typing;
import java.util.List;
import java.util.UUID;

/**
 * The outbound half of the {@link RealtimeGateway}: sends a bus event to every socket of this
 * node in a room. A {@code message_sent} also goes out as {@code new_message} (seeds 000 and 003);
 * typing is not echoed to the typist's own sockets. A {@code new_message} published to
 * {@code user:{id}} (seed 000, for clients that never joined the conversation) skips the sockets
 * that joined {@code conversation:{id}}, so nobody gets it twice. The payload is encoded once, and
 * only when some socket gets it.
 */
final class RoomFanOut {
    /** A stored message goes out under both names (seeds 001 and 000/003), in one write where possible. */
    private static final List<String> MESSAGE_SENT_AND_NEW = List.of("message_sent", "new_message");

    private final Rooms rooms;
    private final WirePayloads wire;

    /** @param rooms the node's room membership; @param wire the encoder of payloads */
    RoomFanOut(Rooms rooms, WirePayloads wire) {
        this.rooms = rooms;
        this.wire = wire;
    }

    /** Sends {@code event} with {@code payload} (a domain value, or its JSON from another node) to {@code room}. */
    void send(String room, String event, Object payload) {
        var targets = rooms.in(room);
        if (targets.isEmpty()) {
            return;
        }
        UUID typist = typist(event, payload);
        String viaConversation = event.equals("new_message") && room.startsWith("user:")
                ? "conversation:" + conversationIdOf(payload) : null;
        List<String> events = event.equals("message_sent") ? MESSAGE_SENT_AND_NEW : List.of(event);
        SharedEventData data = null; // encoded only when some socket gets it
        for (ClientSession target : targets) {
            if (target.dialect() != SocketDialect.NATIVE) {
                translated(target, room, event, payload);
                continue;
            }
            if (typist != null && typist.equals(target.caller().userId())) {
                continue;
            }
            if (viaConversation != null && target.rooms().contains(viaConversation)) {
                continue; // it has joined the conversation and gets new_message from there
            }
            if (data == null) {
                data = wire.shared(payload);
            }
            target.connection().emitAll(events, data);
        }
    }

    /** Sends a socket of a client profile's dialect what the dialect makes of the event (native when it keeps it). */
    private void translated(ClientSession target, String room, String event, Object payload) {
        var outbound = target.dialect().translate(room, event, payload);
        if (outbound.isEmpty()) {
            target.connection().emitAll(List.of(event), wire.shared(payload));
            return;
        }
        for (SocketDialect.Outbound out : outbound.get()) {
            target.connection().emit(out.event(), wire.of(out.payload()));
        }
    }

    /** @return the conversation id of a message payload (a {@link Message}, or its JSON from another node) */
    private static String conversationIdOf(Object payload) {
        if (payload instanceof Message m) {
            return m.conversationId().toString();
        }
        return payload instanceof JsonNode n ? n.path("conversationId").asText() : "";
    }

    /** @return who is typing, for a typing event (a {@link Typing}, or its JSON from another node) */
    private static UUID typist(String event, Object payload) {
        if (payload instanceof Typing t) {
            return t.userId();
        }
        if (payload instanceof JsonNode n && event.startsWith("user_") && event.endsWith("typing")) {
            try {
                return UUID.fromString(n.path("userId").asText());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
