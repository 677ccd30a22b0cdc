package io.ensemble.web.realtime;

import io.ensemble.messaging.ConversationWatchers;
import io.ensemble.messaging.RealtimeBus;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's room membership: room name → the sessions in it. Thread-safe. Built before the messaging
 * context and the {@link RealtimeGateway} (which joins sessions to rooms), so messaging asks it who
 * watches a conversation ({@link ConversationWatchers}) without depending on the gateway.
 */
public final class Rooms implements ConversationWatchers {
    private final Map<String, Set<ClientSession>> byRoom = new ConcurrentHashMap<>();

    /** An empty membership. */
    public Rooms() {
    }

    /**
     * Who watches a conversation on this node.
     *
     * @return the ids of users with a socket joined to {@code conversation:{id}}, possibly empty
     */
    @Override
    public Set<UUID> watching(UUID conversationId) {
        Set<ClientSession> sessions = in(RealtimeBus.conversationRoom(conversationId));
        if (sessions.isEmpty()) {
            return Set.of();
        }
        Set<UUID> users = new HashSet<>();
        sessions.forEach(s -> users.add(s.caller().userId()));
        return users;
    }

    void join(String room, ClientSession session) {
        byRoom.computeIfAbsent(room, r -> ConcurrentHashMap.newKeySet()).add(session);
        session.rooms().add(room);
    }

    void leave(String room, ClientSession session) {
        session.rooms().remove(room);
        byRoom.computeIfPresent(room, (r, members) -> {
            members.remove(session);
            return members.isEmpty() ? null : members;
        });
    }

    void leaveAll(ClientSession session) {
        for (String room : Set.copyOf(session.rooms())) {
            leave(room, session);
        }
    }

    /** @return a snapshot of the sessions in {@code room}, possibly empty */
    Set<ClientSession> in(String room) {
        Set<ClientSession> members = byRoom.get(room);
        return members == null ? Set.of() : Set.copyOf(members);
    }

    /** @return a snapshot of every session of this node (each is in its {@code user:} room) */
    Set<ClientSession> all() {
        Set<ClientSession> all = new java.util.HashSet<>();
        byRoom.forEach((room, members) -> {
            if (room.startsWith("user:")) {
                all.addAll(members);
            }
        });
        return all;
    }

    /** @return how many sessions are in some room (each session is in its user room) */
    int sessionCount() {
        return (int) byRoom.entrySet().stream().filter(e -> e.getKey().startsWith("user:"))
                .mapToLong(e -> e.getValue().size()).sum();
    }
}
