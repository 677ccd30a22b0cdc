package io.ensemble.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ephemeral realtime signals that are never stored (issue 4 §3): typing and presence. Presence
 * counts this node's open connections per user and asks {@link ClusterPresence} about the other
 * nodes (issue 29 §4): the first connection anywhere publishes {@code user_online} and the last one
 * closing anywhere (or {@link #expired} for a dead node's users) publishes {@code user_offline} to
 * {@code user:{partnerId}} of every conversation partner; both times are stored as the user's last
 * seen. Typing is published to {@code conversation:{id}}; callers must have checked membership (the
 * gateway does when the connection joined the room).
 */
public final class RealtimeSignals {
    private final MessagingService chat;
    private final RealtimeBus bus;
    private final Clock clock;
    private final ClusterPresence cluster;
    private final Map<UUID, Integer> connections = new ConcurrentHashMap<>();

    /** One node's presence. @param bus where signals go; {@code chat} answers who the partners are */
    public RealtimeSignals(MessagingService chat, RealtimeBus bus, Clock clock) {
        this(chat, bus, clock, ClusterPresence.SINGLE_NODE);
    }

    /** @param cluster presence on the other nodes ({@link ClusterPresence#SINGLE_NODE} for one node) */
    public RealtimeSignals(MessagingService chat, RealtimeBus bus, Clock clock, ClusterPresence cluster) {
        this.chat = chat;
        this.bus = bus;
        this.clock = clock;
        this.cluster = cluster;
    }

    /** A connection of {@code userId} opened; publishes {@code user_online} when it is the first anywhere. */
    public void connected(UUID userId) {
        if (connections.merge(userId, 1, Integer::sum) == 1 && cluster.nodeOnline(userId)) {
            announce(new PresenceChange(userId, true, now()), "user_online");
        }
    }

    /** A connection of {@code userId} closed; publishes {@code user_offline} when it was the last anywhere. */
    public void disconnected(UUID userId) {
        Integer left = connections.computeIfPresent(userId, (k, n) -> n <= 1 ? null : n - 1);
        if (left == null && cluster.nodeOffline(userId)) {
            announce(new PresenceChange(userId, false, now()), "user_offline");
        }
    }

    /**
     * {@code userId}'s connections on a node that stopped heartbeating have expired and no node
     * holds them any more: publishes {@code user_offline} unless they are connected here.
     */
    public void expired(UUID userId) {
        if (!connections.containsKey(userId)) {
            announce(new PresenceChange(userId, false, now()), "user_offline");
        }
    }

    /** @return whether {@code userId} has an open connection on this node or a live one on another */
    public boolean isOnline(UUID userId) {
        return connections.containsKey(userId) || cluster.onOtherNodes(userId);
    }

    /** @return the users with an open connection on this node (what its heartbeat refreshes) */
    public java.util.Set<UUID> connectedHere() {
        return java.util.Set.copyOf(connections.keySet());
    }

    /** Publishes {@code user_typing} (or {@code user_stopped_typing}) to the conversation room. */
    public void typing(UUID userId, UUID conversationId, boolean isTyping) {
        bus.publish(RealtimeBus.conversationRoom(conversationId), isTyping ? "user_typing" : "user_stopped_typing",
                new Typing(conversationId, userId, isTyping));
    }

    /**
     * Publishes {@code user_typing} (typing or stopped, per {@code isTyping}) to {@code user:{receiverId}}
     * only (seeds/000 {@code typing {receiverId, isTyping}}); callers must have checked that both share
     * {@code conversationId}.
     */
    public void typingTo(UUID userId, UUID receiverId, UUID conversationId, boolean isTyping) {
        bus.publish(RealtimeBus.userRoom(receiverId), "user_typing", new Typing(conversationId, userId, isTyping));
    }

    /** Microsecond precision, as stored: the {@code at} clients see equals the stored last seen. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void announce(PresenceChange change, String event) {
        chat.recordLastSeen(change);
        for (UUID partner : chat.partners(change.userId())) {
            bus.publish(RealtimeBus.userRoom(partner), event, change);
        }
    }
}
