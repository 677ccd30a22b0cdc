package io.ensemble.web.realtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cap on open sockets per user on this node (issue 28 §realtime: {@code realtime.maxSocketsPerUser}):
 * sessions of each user in the order they opened; adding one past the cap hands back the oldest
 * ones to close. Thread-safe.
 */
final class SocketsPerUser {
    private final int max;
    private final Map<UUID, Deque<ClientSession>> byUser = new HashMap<>();

    /** @param max sockets one user may hold open on this node, at least 1 */
    SocketsPerUser(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxSocketsPerUser must be at least 1, was " + max);
        }
        this.max = max;
    }

    /**
     * Records a newly opened session.
     *
     * @return the user's oldest sessions beyond the cap (already forgotten here), oldest first; usually empty
     */
    synchronized List<ClientSession> add(ClientSession session) {
        Deque<ClientSession> sessions = byUser.computeIfAbsent(session.caller().userId(), u -> new ArrayDeque<>());
        sessions.addLast(session);
        List<ClientSession> over = new ArrayList<>();
        while (sessions.size() > max) {
            over.add(sessions.removeFirst());
        }
        return over;
    }

    /** Forgets a closed (or evicted) session; nothing happens when it is not recorded. */
    synchronized void remove(ClientSession session) {
        UUID user = session.caller().userId();
        Deque<ClientSession> sessions = byUser.get(user);
        if (sessions != null) {
            sessions.remove(session);
            if (sessions.isEmpty()) {
                byUser.remove(user);
            }
        }
    }
}
