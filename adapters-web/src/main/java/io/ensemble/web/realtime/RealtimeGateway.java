package io.ensemble.web.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.identity.Caller;
import io.ensemble.identity.SessionService;
import io.ensemble.messaging.LocalRealtimeBus;
import io.ensemble.messaging.MessagingService;
import io.ensemble.web.messaging.EventInvites;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.messaging.RealtimeSignals;
import io.ensemble.shared.errors.Unauthenticated;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport-neutral realtime core (DESIGN §Realtime, issue 4 §3). A transport authenticates a
 * socket with {@link #open}, feeds inbound events to {@link #handle} and calls {@link #close}; the
 * gateway keeps room membership and, as a {@link LocalRealtimeBus.Listener}, fans bus events out
 * to the sockets of a room. Inbound events (names of seeds 000, 001 and 003) run in
 * {@link InboundEvents}, the fan-out in {@link RoomFanOut}; this class owns the sockets' life
 * (open, close, per-user cap, shutdown) and what the node reports about them.
 * Issue 28: {@code send_message} takes a token of the user's general REST budget
 * ({@link RealtimeLimits#general()}, {@code RATE_LIMITED} with {@code retryAfter} when empty, nothing
 * stored), and a user's sockets on this node are capped, the oldest closed past the cap.
 */
public final class RealtimeGateway implements LocalRealtimeBus.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(RealtimeGateway.class);
    /** Typing events a connection may send per {@link #TYPING_WINDOW}; more get {@code RATE_LIMITED}. */
    public static final int TYPING_MAX = 10;
    public static final Duration TYPING_WINDOW = Duration.ofSeconds(5);

    private final SessionService sessions;
    private final RealtimeSignals signals;
    private final Clock clock;
    private final WirePayloads wire;
    private final Rooms rooms;
    private final RealtimeLimits limits;
    private final SocketsPerUser perUser;
    private final InboundEvents inbound;
    private final RoomFanOut fanOut;
    private final SocketDialect socketIoDialect;

    /**
     * The gateway; Socket.IO connections speak the client profile's dialect (DESIGN §Client
     * profiles); {@code /ws} connections always speak {@link SocketDialect#NATIVE}.
     *
     * @param bus where join/leave notices go; subscribe this gateway to the bus to receive events
     * @param rooms this node's room membership, which the gateway keeps (also messaging's watchers)
     * @param json the application's mapper (ISO-8601 times)
     * @param limits the per-user send budget (shared with REST) and socket cap (issue 28)
     * @param invites the {@code event_invite} messages sent and shown (issue 21 §2)
     * @param delivery the delivery receipts a device's {@code message_delivered} records (issue 27)
     */
    public RealtimeGateway(SessionService sessions, MessagingService chat, RealtimeSignals signals, RealtimeBus bus,
                           Rooms rooms, ObjectMapper json, Clock clock, RealtimeLimits limits,
                           SocketDialect socketIoDialect, EventInvites invites,
                           io.ensemble.messaging.DeliveryReceipts delivery) {
        this.socketIoDialect = java.util.Objects.requireNonNull(socketIoDialect, "socketIoDialect");
        this.sessions = sessions;
        this.rooms = java.util.Objects.requireNonNull(rooms, "rooms");
        this.limits = limits;
        this.perUser = new SocketsPerUser(limits.maxSocketsPerUser());
        this.signals = signals;
        this.clock = clock;
        this.wire = new WirePayloads(json, invites::view);
        this.inbound = new InboundEvents(chat, signals, bus, wire, rooms, limits, invites, delivery);
        this.fanOut = new RoomFanOut(rooms, wire);
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
        return open(accessToken, connection,
                connection instanceof SocketIoConnection ? socketIoDialect : SocketDialect.NATIVE);
    }

    /**
     * Like {@link #open(String, RealtimeConnection)} for a connection of a path that speaks its own
     * {@code dialect} whatever the transport (e.g. seeds/003's {@code /ws/chat}, issue 22 §2).
     *
     * @throws Unauthenticated for a missing, expired or revoked access token
     */
    public ClientSession open(String accessToken, RealtimeConnection connection, SocketDialect dialect) {
        Caller caller = authenticate(accessToken);
        ClientSession session = new ClientSession(caller, connection,
                new FixedWindowLimit(TYPING_MAX, TYPING_WINDOW, clock), dialect);
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
     * @return the token's caller
     * @throws Unauthenticated for a missing, expired or revoked access token
     */
    public Caller authenticate(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new Unauthenticated("An access token is required.");
        }
        return sessions.authenticate(accessToken.strip());
    }

    /** Forgets a closed socket: leaves every room and announces {@code user_offline} if it was the last. */
    public void close(ClientSession session) {
        try {
            session.dialect().closed(new DialectSocket(session, wire, limits, signals, rooms));
        } catch (RuntimeException e) {
            LOG.warn("A socket dialect failed on close", e);
        }
        perUser.remove(session);
        rooms.leaveAll(session);
        safely(() -> signals.disconnected(session.caller().userId()));
    }

    /** Reports a frame the transport could not parse: an {@code error} event {@code BAD_FRAME}. */
    public void malformed(ClientSession session, String reason) {
        session.connection().emit("error", wire.error("", "BAD_FRAME", reason));
    }

    /**
     * Handles one inbound event ({@link InboundEvents}): the result goes to the ack, a failure to
     * an {@code error} event (and the ack); the socket stays open.
     *
     * @param data the event's JSON object (may be null)
     * @param ack where the acknowledgement goes, or null when the client asked for none
     */
    public void handle(ClientSession session, String event, JsonNode data, Ack ack) {
        inbound.handle(session, event, data, ack);
    }

    /**
     * Bus listener: sends {@code event} to every socket of this node in {@code room}
     * ({@link RoomFanOut}: {@code message_sent} also as {@code new_message}, typing not echoed to
     * the typist, a {@code user:{id}} {@code new_message} skipped for sockets in the conversation).
     */
    @Override
    public void onEvent(String room, String event, Object payload) {
        if (RealtimeSessionEndings.EVENT.equals(event)) {
            endSessions(room, payload);
            return;
        }
        fanOut.send(room, event, payload);
    }

    /**
     * Issue 20 §1: a suspended user's sockets on this node get {@code account_suspended} {@code {userId, reason}},
     * then an {@code error} {@code ACCOUNT_SUSPENDED}, and close for good (/ws close code 1008; Socket.IO
     * DISCONNECT), without reconnecting by themselves (the revoked token would be refused anyway).
     */
    private void endSessions(String room, Object payload) {
        JsonNode data = wire.of(payload);
        JsonNode error = wire.error("", "ACCOUNT_SUSPENDED", "This account was suspended: " + data.path("reason").asText());
        for (ClientSession s : rooms.in(room)) {
            LOG.info("Closing a socket of suspended user {}", s.caller().userId());
            s.connection().emit(RealtimeSessionEndings.EVENT, data);
            s.connection().evict(error, RealtimeSessionEndings.CLOSE_REASON);
        }
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
