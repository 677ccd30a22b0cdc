package io.ensemble.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Deliveries in a map with the SQL adapter's states (PENDING, SENT, SKIPPED, FAILED) and due times. */
public final class InMemoryDeliveryQueue implements DeliveryQueue {
    /** A delivery and its queue state. */
    public record Row(PendingDelivery delivery, String status, int attempts, Instant dueAt, String lastError) {
    }

    private final Map<UUID, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized void enqueue(PendingDelivery d) {
        rows.put(d.id(), new Row(d, "PENDING", d.attempts(), d.createdAt(), null));
    }

    @Override
    public synchronized List<PendingDelivery> claimDue(Instant now, Duration lease, int max) {
        List<PendingDelivery> out = new ArrayList<>();
        for (Row r : new ArrayList<>(rows.values())) {
            if (out.size() < max && r.status().equals("PENDING") && !r.dueAt().isAfter(now)) {
                PendingDelivery d = r.delivery();
                PendingDelivery claimed = new PendingDelivery(d.id(), d.userId(), d.channel(), d.type(), d.title(),
                        d.body(), d.notificationId(), d.subjectId(), r.attempts(), d.createdAt());
                rows.put(d.id(), new Row(claimed, "PENDING", r.attempts(), now.plus(lease), r.lastError()));
                out.add(claimed);
            }
        }
        return out;
    }

    @Override
    public synchronized void markSent(UUID id, int attempts, Instant at) {
        set(id, "SENT", attempts, at, null);
    }

    @Override
    public synchronized void retryLater(UUID id, int attempts, Instant nextAttemptAt, String error) {
        set(id, "PENDING", attempts, nextAttemptAt, error);
    }

    @Override
    public synchronized void markSkipped(UUID id, int attempts, Instant at, String reason) {
        set(id, "SKIPPED", attempts, at, reason);
    }

    @Override
    public synchronized void markFailed(UUID id, int attempts, Instant at, String error) {
        set(id, "FAILED", attempts, at, error);
    }

    @Override
    public synchronized boolean queuedSince(UUID userId, NotificationType type, UUID subjectId, Instant since) {
        return rows.values().stream().map(Row::delivery).anyMatch(d -> d.userId().equals(userId) && d.type() == type
                && d.subjectId().equals(java.util.Optional.of(subjectId)) && !d.createdAt().isBefore(since));
    }

    /** @return every delivery with its state, in queue order */
    public synchronized List<Row> all() {
        return List.copyOf(rows.values());
    }

    private void set(UUID id, String status, int attempts, Instant dueAt, String error) {
        Row r = rows.get(id);
        rows.put(id, new Row(r.delivery(), status, attempts, dueAt, error));
    }
}
