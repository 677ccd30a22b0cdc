package io.ensemble.web.realtime;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** This node's room membership: room name → the sessions in it. Thread-safe. */
final class Rooms {
    private final Map<String, Set<ClientSession>> byRoom = new ConcurrentHashMap<>();

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
