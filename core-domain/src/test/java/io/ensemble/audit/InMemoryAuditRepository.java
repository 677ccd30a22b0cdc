package io.ensemble.audit;

import io.ensemble.shared.audit.AuditRecord;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.testing.Snapshottable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link AuditRepository} in a list, with the filter and order semantics of the SQL adapter; it
 * takes part in {@link io.ensemble.testing.RollbackTransactions} rollbacks.
 */
public final class InMemoryAuditRepository implements AuditRepository, Snapshottable {
    private static final Comparator<AuditRecord> NEWEST_FIRST =
            Comparator.comparing(AuditRecord::occurredAt).thenComparing(AuditRecord::id).reversed();
    private final List<AuditRecord> rows = new ArrayList<>();

    @Override
    public synchronized void append(AuditRecord record) {
        rows.add(record);
    }

    @Override
    public synchronized List<AuditRecord> find(AuditFilter f, Optional<Cursor> after, int max) {
        return rows.stream()
                .filter(r -> f.actorId().isEmpty() || r.actorId().equals(f.actorId()))
                .filter(r -> f.action().isEmpty() || f.action().get() == r.action())
                .filter(r -> f.targetType().isEmpty() || r.target().map(AuditTarget::type).equals(f.targetType()))
                .filter(r -> f.targetId().isEmpty() || r.target().map(AuditTarget::id).equals(f.targetId()))
                .filter(r -> f.from().isEmpty() || !r.occurredAt().isBefore(f.from().get()))
                .filter(r -> f.to().isEmpty() || r.occurredAt().isBefore(f.to().get()))
                .filter(r -> after.isEmpty() || before(r, after.get()))
                .sorted(NEWEST_FIRST)
                .limit(max)
                .toList();
    }

    private static boolean before(AuditRecord r, Cursor c) {
        int byTime = r.occurredAt().compareTo(c.at());
        return byTime < 0 || (byTime == 0 && r.id().compareTo(c.id()) < 0);
    }

    @Override
    public synchronized int purgeBefore(Instant cutoff) {
        int size = rows.size();
        rows.removeIf(r -> r.occurredAt().isBefore(cutoff));
        return size - rows.size();
    }

    /** @return every stored record in insertion order */
    public synchronized List<AuditRecord> all() {
        return List.copyOf(rows);
    }

    @Override
    public synchronized Runnable snapshot() {
        List<AuditRecord> copy = List.copyOf(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.addAll(copy);
            }
        };
    }
}
