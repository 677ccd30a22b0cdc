package io.ensemble.notifications;

import io.ensemble.shared.paging.Cursor;
import io.ensemble.testing.Snapshottable;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Notifications in a map, every operation scoped by owner like the SQL adapter. */
public final class InMemoryNotificationRepository implements NotificationRepository, Snapshottable {
    private final Map<UUID, Notification> rows = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Notification n) {
        rows.put(n.id(), n);
    }

    @Override
    public synchronized boolean insertCollapsed(Notification n) {
        boolean unread = rows.values().stream().anyMatch(o -> o.userId().equals(n.userId()) && o.type() == n.type()
                && o.subjectId().equals(n.subjectId()) && !o.read());
        if (unread) {
            return false;
        }
        rows.put(n.id(), n);
        return true;
    }

    @Override
    public synchronized List<Notification> listNewestFirst(UUID userId, Optional<Cursor> after, int max) {
        return rows.values().stream().filter(n -> n.userId().equals(userId))
                .filter(n -> after.map(c -> {
                    int byTime = n.createdAt().compareTo(c.at());
                    return byTime < 0 || byTime == 0 && n.id().compareTo(c.id()) < 0;
                }).orElse(true))
                .sorted(Comparator.comparing(Notification::createdAt).thenComparing(Notification::id).reversed())
                .limit(max).toList();
    }

    @Override
    public synchronized long countUnread(UUID userId) {
        return rows.values().stream().filter(n -> n.userId().equals(userId) && !n.read()).count();
    }

    @Override
    public synchronized boolean markRead(UUID notificationId, UUID userId, Instant at) {
        Notification n = rows.get(notificationId);
        if (n == null || !n.userId().equals(userId)) {
            return false;
        }
        if (!n.read()) {
            rows.put(n.id(), withReadAt(n, at));
        }
        return true;
    }

    @Override
    public synchronized int markAllRead(UUID userId, Instant at) {
        List<Notification> unread = rows.values().stream().filter(n -> n.userId().equals(userId) && !n.read()).toList();
        unread.forEach(n -> rows.put(n.id(), withReadAt(n, at)));
        return unread.size();
    }

    @Override
    public synchronized boolean delete(UUID notificationId, UUID userId) {
        Notification n = rows.get(notificationId);
        if (n == null || !n.userId().equals(userId)) {
            return false;
        }
        rows.remove(notificationId);
        return true;
    }

    /** @return every stored notification, for assertions */
    public synchronized List<Notification> all() {
        return List.copyOf(rows.values());
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, Notification> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }

    private static Notification withReadAt(Notification n, Instant at) {
        return new Notification(n.id(), n.userId(), n.type(), n.title(), n.body(), n.actorId(), n.subjectId(),
                Optional.of(at), n.createdAt());
    }
}
