package io.ensemble.identity.fakes;

import io.ensemble.identity.QueuedResetRequest;
import io.ensemble.identity.ResetRequestQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@link ResetRequestQueue} in memory, with due times, for use-case tests. */
public final class InMemoryResetRequestQueue implements ResetRequestQueue {
    private final Map<UUID, QueuedResetRequest> requests = new LinkedHashMap<>();
    private final Map<UUID, Instant> dueAt = new LinkedHashMap<>();

    @Override
    public synchronized void enqueue(QueuedResetRequest request) {
        requests.put(request.id(), request);
        dueAt.put(request.id(), request.requestedAt());
    }

    @Override
    public synchronized List<QueuedResetRequest> claimDue(Instant now, Duration lease, int max) {
        List<QueuedResetRequest> out = new ArrayList<>();
        for (QueuedResetRequest r : requests.values()) {
            if (out.size() < max && !dueAt.get(r.id()).isAfter(now)) {
                out.add(r);
            }
        }
        out.forEach(r -> dueAt.put(r.id(), now.plus(lease)));
        return out;
    }

    @Override
    public synchronized void retryLater(UUID id, int attempts, Instant nextAttemptAt) {
        QueuedResetRequest r = requests.get(id);
        requests.put(id, new QueuedResetRequest(id, r.email(), attempts, r.requestedAt()));
        dueAt.put(id, nextAttemptAt);
    }

    @Override
    public synchronized void remove(UUID id) {
        requests.remove(id);
        dueAt.remove(id);
    }

    /** @return the requests still queued, oldest first */
    public synchronized List<QueuedResetRequest> all() {
        return List.copyOf(requests.values());
    }
}
