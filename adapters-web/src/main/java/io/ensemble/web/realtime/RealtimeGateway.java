package io.ensemble.web.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.identity.Caller;
import io.ensemble.identity.SessionService;
import io.ensemble.messaging.LocalRealtimeBus;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessagingService;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.messaging.RealtimeSignals;
import io.ensemble.messaging.SendMessageCommand;
import io.ensemble.messaging.Typing;
import io.ensemble.shared.DomainException;
import io.ensemble.shared.FieldError;
import io.ensemble.shared.NotFound;
import io.ensemble.shared.Unauthenticated;
import io.ensemble.shared.ValidationFailed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport-neutral realtime core (DESIGN §Realtime, issue 4 §3). A transport authenticates a
 * socket with {@link #open}, feeds inbound events to {@link #handle} and calls {@link #close}; the
 * gateway keeps room membership and, as a {@link LocalRealtimeBus.Listener}, fans bus events out
 * to the sockets of a room. Inbound events (names of seeds 000, 001 and 003): {@code join_conversation}
 * / {@code join_room}, {@code leave_conversation} / {@code leave_room}, {@code send_message} (acked
 * after commit), {@code typing_start}, {@code typing_stop}, {@code typing}, {@code message_read}.
 * Every failure becomes an {@code error} event (and the ack, when one was asked); the socket stays open.
 * Issue 28: {@code send_message} takes a token of the user's general REST budget
 * ({@link RealtimeLimits#general()}, {@code RATE_LIMITED} with {@code retryAfter} when empty, nothing
 * stored), and a user's sockets on this node are capped, the oldest closed past the cap.
 */
public final class RealtimeGateway implements LocalRealtimeBus.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(RealtimeGateway.class);
    /** Typing events a connection may send per {@link #TYPING_WINDOW}; more get {@code RATE_LIMITED}. */
    public static final int TYPING_MAX = 10;
    /** A stored message goes out under both names (seeds 001 and 000/003), in one write where possible. */
    private static final List<String> MESSAGE_SENT_AND_NEW = List.of("message_sent", "new_message");
    public static final Duration TYPING_WINDOW = Duration.ofSeconds(5);

    private final SessionService sessions;
    private final MessagingService chat;
    private final RealtimeSignals signals;
    private final RealtimeBus bus;
    private final Clock clock;
    private final WirePayloads wire;
    private final Rooms rooms;
    private final RealtimeLimits limits;
    private final SocketsPerUser perUser;

    /**
     * @param bus where join/leave notices go; subscribe this gateway to the bus to receive events
     * @param rooms this node's room membership, which the gateway keeps (also messaging's watchers)
     * @param json the application's mapper (ISO-8601 times)
     * @param limits the per-user send budget (shared with REST) and socket cap (issue 28)
     */
    public RealtimeGateway(SessionService sessions, MessagingService chat, RealtimeSignals signals, RealtimeBus bus,
                           Rooms rooms, ObjectMapper json, Clock clock, RealtimeLimits limits) {
        this.sessions = sessions;
        this.rooms = java.util.Objects.requireNonNull(rooms, "rooms");
        this.limits = limits;
        this.perUser = new SocketsPerUser(limits.maxSocketsPerUser());
        this.chat = chat;
        this.signals = signals;
        this.bus = bus;
        this.clock = clock;
        this.wire = new WirePayloads(json);
    }

    /** Why a user's oldest socket is closed when they open one past the cap (the /ws close reason). */
    public static final String TOO_MANY_SOCKETS = "too many sockets for this user; the oldest was closed";

    /**
     * Authenticates a new socket and joins it to {@code user:{id}}; announces presence. When the
     * user now holds more than {@code maxSocketsPerUser} sockets on this node, the oldest gets an
     * {@code error} event {@code TOO_MANY_SOCKETS} and is closed with that reason (issue 28).
     *
     * @throws Unauthenticated for a missing, expired or revoked access token
     */
    public ClientSession open(String accessToken, RealtimeConnection connection) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new Unauthenticated("An access token is required.");
        }
        Caller caller = sessions.authenticate(accessToken.strip());
        ClientSession session = new ClientSession(caller, connection,
                new FixedWindowLimit(TYPING_MAX, TYPING_WINDOW, clock));
        rooms.join(RealtimeBus.userRoom(caller.userId()), session);
        safely(() -> signals.connected(caller.userId()));
        for (ClientSession oldest : perUser.add(session)) {
            LOG.info("User {} opened more than {} sockets; closing the oldest", caller.userId(),
                    limits.maxSocketsPerUser());
            oldest.connection().evict(wire.error("", "TOO_MANY_SOCKETS", "This account opened more than "
                    + limits.maxSocketsPerUser() + " sockets; this one, the oldest, is closed."), TOO_MANY_SOCKETS);
        }
        return session;
    }

    /**
     * Checks an access token without opening anything (the Socket.IO CONNECT check).
     *
     * @throws Unauthenticated for a missing, expired or revoked access token
     */
    public void authenticate(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new Unauthenticated("An access token is required.");
        }
        sessions.authenticate(accessToken.strip());
    }

    /** Forgets a closed socket: leaves every room and announces {@code user_offline} if it was the last. */
    public void close(ClientSession session) {
        perUser.remove(session);
        rooms.leaveAll(session);
        safely(() -> signals.disconnected(session.caller().userId()));
    }

    /** Reports a frame the transport could not parse: an {@code error} event {@code BAD_FRAME}. */
    public void malformed(ClientSession session, String reason) {
        session.connection().emit("error", wire.error("", "BAD_FRAME", reason));
    }

    /**
     * Handles one inbound event.
     *
     * @param data the event's JSON object (may be null)
     * @param ack where the acknowledgement goes, or null when the client asked for none
     */
    public void handle(ClientSession session, String event, JsonNode data, Ack ack) {
        try {
            JsonNode result = dispatch(session, event == null ? "" : event, new InboundData(data));
            if (ack != null) {
                ack.reply(result);
            }
        } catch (DomainException e) {
            fail(session, event, wire.error(event, e), ack);
        } catch (RuntimeException e) {
            LOG.error("Realtime event {} failed", event, e);
            fail(session, event, wire.error(event, "INTERNAL", "Something went wrong; try again."), ack);
        }
    }

    private void fail(ClientSession session, String event, JsonNode body, Ack ack) {
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
        limits.general().acquire(io.ensemble.web.ratelimit.GeneralRateLimitFilter.userKey(s.caller().userId()));
        SendMessageCommand command = SendMessageCommand.of(data.text("type").orElse(null),
                data.text("content", "text", "message").orElse(null), data.strings("attachments"),
                data.text("clientMessageId").orElse(null));
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
            throw new io.ensemble.shared.RateLimited("Too many typing events; slow down.", TYPING_WINDOW.toSeconds());
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
        return wire.of(java.util.Map.of("conversationId", conversationId.toString(),
                "room", RealtimeBus.conversationRoom(conversationId), "userId", s.caller().userId().toString()));
    }

    private static ValidationFailed missing(String field) {
        return new ValidationFailed(List.of(new FieldError(field, "is required")));
    }

    /**
     * Bus listener: sends {@code event} to every socket of this node in {@code room}. A
     * {@code message_sent} also goes out as {@code new_message} (seeds 000 and 003); typing is not
     * echoed to the typist's own sockets. A {@code new_message} published to {@code user:{id}}
     * (seed 000, for clients that never joined the conversation) skips the sockets that joined
     * {@code conversation:{id}}, so nobody gets it twice.
     */
    @Override
    public void onEvent(String room, String event, Object payload) {
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

    /**
     * Graceful shutdown (DESIGN §Operability, issue 4 §3): tells every socket of this node to
     * reconnect, with a {@code server_restart} event {@code {reason, reconnect: true}} and then a
     * close (close code 1012 on {@code /ws}; the Engine.IO transport closed on Socket.IO, so stock
     * clients reconnect by themselves), and waits up to {@code grace} for the sockets to go.
     *
     * @return how many sockets were told
     */
    public int shutdown(String reason, Duration grace) {
        var all = rooms.all();
        JsonNode hint = wire.of(java.util.Map.of("reason", reason, "reconnect", true));
        for (ClientSession s : all) {
            s.connection().emit("server_restart", hint);
            s.connection().close(reason);
        }
        long deadline = System.nanoTime() + grace.toNanos();
        while (rooms.sessionCount() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        LOG.info("Told {} realtime sockets to reconnect ({} still open)", all.size(), rooms.sessionCount());
        return all.size();
    }

    /**
     * Open authenticated sockets on this node by transport, for the metrics of issue 29 §5.
     *
     * @return {@code {"ws": n, "socketio": m}}
     */
    public java.util.Map<String, Integer> connectionsByTransport() {
        int socketIo = 0;
        int ws = 0;
        for (ClientSession s : rooms.all()) {
            if (s.connection() instanceof SocketIoConnection) {
                socketIo++;
            } else {
                ws++;
            }
        }
        return java.util.Map.of("ws", ws, "socketio", socketIo);
    }

    /** @return the number of open authenticated sockets on this node */
    public int connectionCount() {
        return rooms.sessionCount();
    }

    /**
     * @return whether {@code userId} has an open socket ({@code /ws} or Socket.IO) on this node or,
     *     with the redis bus, on another one (issue 29 §4); the notifications context asks before
     *     telling a member about a chat message
     */
    public boolean isOnline(java.util.UUID userId) {
        return signals.isOnline(userId);
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warn("Presence update failed", e);
        }
    }
}
