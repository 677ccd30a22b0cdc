package io.ensemble.notifications;

import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.outbox.OutboxEvent;
import io.ensemble.testing.Snapshottable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The outbox in memory; {@link #failAppends()} makes the next appends throw, like a failing insert. */
public final class InMemoryOutbox implements Outbox, Snapshottable {
    private final Map<UUID, OutboxEvent> events = new LinkedHashMap<>();
    private final Map<UUID, Instant> published = new LinkedHashMap<>();
    private volatile boolean failing;

    @Override
    public synchronized void append(OutboxEvent event) {
        if (failing) {
            throw new IllegalStateException("outbox insert failed");
        }
        events.put(event.id(), event);
    }

    @Override
    public synchronized List<OutboxEvent> claimUnpublished(int max) {
        return events.values().stream().filter(e -> !published.containsKey(e.id())).limit(max).toList();
    }

    @Override
    public synchronized void markPublished(List<UUID> eventIds, Instant at) {
        eventIds.forEach(id -> published.put(id, at));
    }

    @Override
    public synchronized int deletePublishedBefore(Instant cutoff, int max) {
        List<UUID> old = published.entrySet().stream().filter(e -> e.getValue().isBefore(cutoff))
                .map(Map.Entry::getKey).limit(max).toList();
        old.forEach(id -> {
            published.remove(id);
            events.remove(id);
        });
        return old.size();
    }

    public void failAppends() {
        failing = true;
    }

    public synchronized List<OutboxEvent> all() {
        return new ArrayList<>(events.values());
    }

    public synchronized boolean isPublished(UUID id) {
        return published.containsKey(id);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, OutboxEvent> e = new LinkedHashMap<>(events);
        Map<UUID, Instant> p = new LinkedHashMap<>(published);
        return () -> {
            synchronized (this) {
                events.clear();
                events.putAll(e);
                published.clear();
                published.putAll(p);
            }
        };
    }
}
