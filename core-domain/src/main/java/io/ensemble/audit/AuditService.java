package io.ensemble.audit;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecord;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit trail's use cases (issue 20 §2; seeds/001 {@code ActivityLog}): append a record, list
 * records for admins with filters and cursor pages, and purge records past the retention period.
 * Nothing here edits or deletes a single record.
 */
public final class AuditService implements AuditRecorder {
    /** The retention when {@code AUDIT_RETENTION} is not set: 400 days. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(400);
    /** The shortest retention accepted, so a mistyped setting cannot wipe the trail: 1 day. */
    public static final Duration MIN_RETENTION = Duration.ofDays(1);

    private final AuditRepository records;
    private final IdGenerator ids;
    private final Clock clock;

    public AuditService(AuditRepository records, IdGenerator ids, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Appends {@code entry} with a new id and the clock's time (to the microsecond, as the database
     * keeps it), in the caller's transaction when there is one.
     *
     * @return the stored record
     */
    @Override
    public AuditRecord record(AuditEntry entry) {
        AuditRecord record = new AuditRecord(ids.newId(), entry.actorId(), entry.action(), entry.target(),
                entry.request().clientAddress(), entry.request().requestId(), entry.changes(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        records.append(record);
        return record;
    }

    /**
     * One page of the activity log, newest first (occurredAt, then id, descending).
     *
     * @param filter what to list; see {@link AuditFilter#parse} for reading it from a request
     * @throws Forbidden when the caller is not an ADMIN
     * @throws io.ensemble.shared.errors.ValidationFailed (field {@code cursor}) for a cursor this list did not make
     */
    public Page<AuditRecord> activityLog(Caller caller, AuditFilter filter, PageRequest page) {
        Objects.requireNonNull(filter, "filter");
        requireAdmin(caller);
        Optional<Cursor> after = page.cursor().map(Cursor::decode);
        return Page.fromOverfetch(records.find(filter, after, page.limit() + 1), page.limit(),
                r -> new Cursor(r.occurredAt(), r.id()).encode());
    }

    /**
     * Like {@link #activityLog(Caller, AuditFilter, PageRequest)} for a filter as the request spelt it:
     * the caller's role is checked before the filter is read, so a non-admin gets 403 whatever they send.
     *
     * @throws Forbidden when the caller is not an ADMIN
     * @throws io.ensemble.shared.errors.ValidationFailed naming {@code actorId}, {@code targetType},
     *     {@code targetId}, {@code action}, {@code from}, {@code to} or {@code cursor}
     */
    public Page<AuditRecord> activityLog(Caller caller, AuditFilter.Text filter, PageRequest page) {
        requireAdmin(caller);
        return activityLog(caller, filter.parse(), page);
    }

    /**
     * The latest records about {@code userId} (target {@code user}) or done by them, newest first, merged
     * without duplicates (the admin user detail, issue 20 §1 "recent activity").
     *
     * @param max how many records at most, 1..100
     * @throws Forbidden when the caller is not an ADMIN
     */
    public java.util.List<AuditRecord> recentActivity(Caller caller, java.util.UUID userId, int max) {
        requireAdmin(caller);
        if (max < 1 || max > PageRequest.MAX_LIMIT) {
            throw new IllegalArgumentException("max must be 1.." + PageRequest.MAX_LIMIT);
        }
        Optional<Cursor> first = Optional.empty();
        AuditFilter by = new AuditFilter(Optional.of(userId), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        AuditFilter about = new AuditFilter(Optional.empty(), Optional.of("user"), Optional.of(userId.toString()),
                Optional.empty(), Optional.empty(), Optional.empty());
        java.util.Map<java.util.UUID, AuditRecord> merged = new java.util.LinkedHashMap<>();
        records.find(by, first, max).forEach(r -> merged.put(r.id(), r));
        records.find(about, first, max).forEach(r -> merged.putIfAbsent(r.id(), r));
        return merged.values().stream()
                .sorted(java.util.Comparator.comparing(AuditRecord::occurredAt).thenComparing(AuditRecord::id)
                        .reversed())
                .limit(max).toList();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only admins can read the activity log.");
        }
    }

    /**
     * Removes every record older than {@code retention} (the daily retention job).
     *
     * @param retention how long records are kept, at least {@link #MIN_RETENTION}
     * @return how many records were removed
     * @throws IllegalArgumentException when {@code retention} is shorter than {@link #MIN_RETENTION}
     */
    public int purgeOlderThan(Duration retention) {
        requireRetention(retention);
        Instant cutoff = clock.instant().minus(retention);
        return records.purgeBefore(cutoff);
    }

    /**
     * Checks a configured retention ({@code AUDIT_RETENTION}) at start-up.
     *
     * @return {@code retention}
     * @throws IllegalArgumentException when it is shorter than {@link #MIN_RETENTION}
     */
    public static Duration requireRetention(Duration retention) {
        Objects.requireNonNull(retention, "retention");
        if (retention.compareTo(MIN_RETENTION) < 0) {
            throw new IllegalArgumentException("audit retention must be at least " + MIN_RETENTION.toDays()
                    + " day, not " + retention);
        }
        return retention;
    }
}
