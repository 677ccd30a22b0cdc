package io.ensemble.web.compat.sioree;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessagingService;
import io.ensemble.messaging.Typing;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.compat.sioree.SioreeChatBodies.MessageBody;
import io.ensemble.web.compat.sioree.SioreeChatBodies.SendBody;
import io.ensemble.web.messaging.MessageView.EventRef;
import io.ensemble.web.realtime.DialectSocket;
import io.ensemble.web.realtime.InboundData;
import io.ensemble.web.realtime.SocketDialect;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Seeds/000 §Real-Time Features on the deployment's Socket.IO connections: {@code send_message
 * {conversationId?, receiverId, text, messageType?}} stores the message through the native send and
 * answers {@code message_sent} to this socket only (its confirmation), while the receiver's
 * {@code user:{id}} room gets {@code new_message} without any join; {@code typing {receiverId,
 * isTyping}} reaches the receiver as {@code user_typing {userId, isTyping}}. Payloads use the seed's
 * names ({@code text}, {@code timestamp}, {@code messageType}, {@code isRead}). Other events keep
 * their native meaning.
 */
final class SioreeSocket implements SocketDialect {
    private final SioreeChat sending;
    private final MessagingService chat;

    SioreeSocket(SioreeChat sending, MessagingService chat) {
        this.sending = sending;
        this.chat = chat;
    }

    @Override
    public Optional<Object> handle(DialectSocket socket, String event, InboundData data) {
        return switch (event) {
            case "send_message" -> Optional.of(send(socket, data));
            case "typing" -> Optional.of(typing(socket, data));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<List<Outbound>> translate(String room, String event, Object payload) {
        return switch (event) {
            case "message_sent" -> Optional.of(List.of()); // the sender's socket got its confirmation directly
            case "new_message" -> Optional.of(room.startsWith("user:")
                    ? List.of(new Outbound("new_message", message(payload, room.substring("user:".length()), sending)))
                    : List.of());
            case "user_typing", "user_stopped_typing" -> Optional.of(List.of(new Outbound("user_typing",
                    typing(payload, event.equals("user_typing")))));
            default -> Optional.empty();
        };
    }

    private MessageBody send(DialectSocket socket, InboundData data) {
        socket.spendSendToken();
        SendBody body = new SendBody(data.text("conversationId").orElse(null), data.text("receiverId").orElse(null),
                data.text("text").orElse(null), data.text("messageType").orElse(null),
                data.text("eventId").orElse(null));
        MessageBody sent = sending.send(socket.caller(), body).body();
        socket.emit("message_sent", sent);
        return sent;
    }

    private Map<String, Object> typing(DialectSocket socket, InboundData data) {
        UUID receiver = data.id("receiverId").orElseThrow(() ->
                new ValidationFailed(List.of(new FieldError("receiverId", "is required"))));
        boolean isTyping = data.bool("isTyping", true);
        UUID conversation = chat.openDirect(socket.caller(), receiver).conversation().id();
        socket.typingTo(receiver, conversation, isTyping);
        return Map.of("receiverId", receiver.toString(), "isTyping", isTyping);
    }

    /** The seed's message for the receiver {@code receiverId}: a {@link Message}, or its native JSON from another node. */
    private static MessageBody message(Object payload, String receiverId, SioreeChat sending) {
        UUID receiver = UUID.fromString(receiverId);
        if (payload instanceof Message m) {
            return MessageBody.of(m, receiver, false, sending.event(m));
        }
        JsonNode e = ((JsonNode) payload).path("event");
        JsonNode n = (JsonNode) payload;
        JsonNode attachments = n.path("attachments");
        String type = n.path("type").asText("text");
        return new MessageBody(n.path("id").asText(), n.path("conversationId").asText(), n.path("senderId").asText(),
                receiverId, n.path("content").asText(""), Instant.parse(n.path("createdAt").asText()), false, type,
                type.equals("event_invite") && attachments.size() > 0 ? attachments.get(0).asText() : null,
                e.isObject() ? new EventRef(e.path("id").asText(), e.path("title").asText(),
                        Instant.parse(e.path("startsAt").asText())) : null);
    }

    /** {@code {userId, isTyping}} of a {@link Typing}, or of its native JSON from another node. */
    private static Map<String, Object> typing(Object payload, boolean fallback) {
        if (payload instanceof Typing t) {
            return Map.of("userId", t.userId().toString(), "isTyping", t.isTyping());
        }
        JsonNode n = (JsonNode) payload;
        return Map.of("userId", n.path("userId").asText(), "isTyping", n.path("isTyping").asBoolean(fallback));
    }
}
