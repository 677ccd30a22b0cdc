package io.ensemble.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ephemeral realtime signals that are never stored (issue 4 §3): typing and presence. Presence
 * counts this node's open connections per user: the first connection publishes {@code user_online}
 * and the last one closing publishes {@code user_offline} to {@code user:{partnerId}} of every
 * conversation partner; both times are stored as the user's last seen. Typing is published to {@code conversation:{id}}; callers must have
 * checked membership (the gateway does when the connection joined the room).
 */
public final class RealtimeSignals {
    private final MessagingService chat;
    private final RealtimeBus bus;
    private final Clock clock;
    private final Map<UUID, Integer> connections = new ConcurrentHashMap<>();

    /** @param bus where signals go; {@code chat} answers who the partners are */
    public RealtimeSignals(MessagingService chat, RealtimeBus bus, Clock clock) {
        this.chat = chat;
        this.bus = bus;
        this.clock = clock;
    }

    /** A connection of {@code userId} opened; publishes {@code user_online} when it is the first. */
    public void connected(UUID userId) {
        if (connections.merge(userId, 1, Integer::sum) == 1) {
            announce(new PresenceChange(userId, true, now()), "user_online");
        }
    }

    /** A connection of {@code userId} closed; publishes {@code user_offline} when it was the last. */
    public void disconnected(UUID userId) {
        Integer left = connections.computeIfPresent(userId, (k, n) -> n <= 1 ? null : n - 1);
        if (left == null) {
            announce(new PresenceChange(userId, false, now()), "user_offline");
        }
    }

    /** @return whether {@code userId} has an open connection on this node */
    public boolean isOnline(UUID userId) {
        return connections.containsKey(userId);
    }

    /** Publishes {@code user_typing} (or {@code user_stopped_typing}) to the conversation room. */
    public void typing(UUID userId, UUID conversationId, boolean isTyping) {
        bus.publish(RealtimeBus.conversationRoom(conversationId), isTyping ? "user_typing" : "user_stopped_typing",
                new Typing(conversationId, userId, isTyping));
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
