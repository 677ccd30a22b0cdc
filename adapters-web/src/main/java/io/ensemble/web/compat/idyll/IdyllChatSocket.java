package io.ensemble.web.compat.idyll;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.messaging.SendMessageCommand;
import io.ensemble.messaging.TeamChat;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.realtime.DialectSocket;
import io.ensemble.web.realtime.InboundData;
import io.ensemble.web.realtime.SocketDialect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Seeds/003 §WebSocket Events on {@code /ws/chat} (issue 22 §2), for Socket.IO and plain JSON-frame
 * clients alike. Client → server: {@code join_room {userId, role}} joins the team room ({@code userId}
 * must be the token's user, else an {@code error} {@code FORBIDDEN}; the role is the account's, the
 * frame's is ignored) and announces {@code user_joined {user}}; {@code leave_room} (and closing the
 * socket) announces {@code user_left {user}}; {@code send_message {message, clientMessageId?}} sends to
 * the team room through the native send (sender from the token, one token of the general budget).
 * Acks are {@code /ws}'s {@code {success: true, data}} (the notice, or the message).
 * Server → client: {@code new_message} as {@link IdyllChatMessage} ({@code {message, sender, timestamp}}
 * beside its ids); every event published to the user's {@code user:{id}} room ({@code task_created},
 * {@code task_updated}, {@code payout_updated}, {@code new_notification}, ...) by its own name.
 * {@code user = {id, name, role, avatar}} ({@link IdyllPeople}).
 */
public final class IdyllChatSocket implements SocketDialect {
    private final TeamChat team;
    private final IdyllPeople people;
    private final RealtimeBus bus;
    private volatile UUID teamRoom;

    /** @param bus where {@code user_joined}/{@code user_left} go (the team room, every node) */
    public IdyllChatSocket(TeamChat team, IdyllPeople people, RealtimeBus bus) {
        this.team = team;
        this.people = people;
        this.bus = bus;
    }

    @Override
    public Optional<Object> handle(DialectSocket socket, String event, InboundData data) {
        return switch (event) {
            case "join_room" -> Optional.of(ok(join(socket, data)));
            case "leave_room" -> Optional.of(ok(leave(socket)));
            case "send_message" -> Optional.of(ok(send(socket, data)));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<List<Outbound>> translate(String room, String event, Object payload) {
        return switch (event) {
            case "message_sent" -> Optional.of(room.startsWith("conversation:")
                    ? List.of(new Outbound("new_message", message(payload))) : List.of());
            case "new_message" -> Optional.of(List.of()); // user-room copies: the team room delivers them
            default -> Optional.empty();
        };
    }

    @Override
    public void closed(DialectSocket socket) {
        UUID room = teamRoom;
        if (room != null && socket.inConversation(room)) {
            bus.publish(RealtimeBus.conversationRoom(room), "user_left", notice(room, socket));
        }
    }

    /** The ack body of {@code /ws}: {@code {success: true, data}}. */
    private static Map<String, Object> ok(Object data) {
        return Map.of("success", true, "data", data);
    }

    private Map<String, Object> join(DialectSocket socket, InboundData data) {
        String userId = data.text("userId").orElseThrow(() ->
                new ValidationFailed(List.of(new FieldError("userId", "is required"))));
        if (!userId.equalsIgnoreCase(socket.caller().userId().toString())) {
            throw new Forbidden("join_room names another user; join as yourself.");
        }
        UUID room = room(socket);
        if (socket.joinConversation(room)) {
            bus.publish(RealtimeBus.conversationRoom(room), "user_joined", notice(room, socket));
        }
        return notice(room, socket);
    }

    private Map<String, Object> leave(DialectSocket socket) {
        UUID room = room(socket);
        if (socket.leaveConversation(room)) {
            bus.publish(RealtimeBus.conversationRoom(room), "user_left", notice(room, socket));
        }
        return notice(room, socket);
    }

    private IdyllChatMessage send(DialectSocket socket, InboundData data) {
        UUID room = teamRoom;
        if (room == null || !socket.inConversation(room)) {
            room = room(socket);
            socket.joinConversation(room);
        }
        socket.spendSendToken();
        SendMessageCommand command = SendMessageCommand.of(null, data.text("message", "content").orElse(null),
                null, data.text("clientMessageId").orElse(null));
        return IdyllChatMessage.of(team.send(socket.caller(), command).message(), people);
    }

    private UUID room(DialectSocket socket) {
        UUID room = team.room(socket.caller()).id();
        teamRoom = room;
        return room;
    }

    /** {@code {user, userId, conversationId, room}}: the seed's {@code {user}} plus the native notice's fields. */
    private Map<String, Object> notice(UUID room, DialectSocket socket) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", people.of(socket.caller().userId()));
        body.put("userId", socket.caller().userId().toString());
        body.put("conversationId", room.toString());
        body.put("room", RealtimeBus.conversationRoom(room));
        return body;
    }

    private IdyllChatMessage message(Object payload) {
        return payload instanceof Message m ? IdyllChatMessage.of(m, people)
                : IdyllChatMessage.of((JsonNode) payload, people);
    }
}
