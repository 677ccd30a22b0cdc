package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.audit.AuditService;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.web.audit.ActivityLogResource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;

/**
 * Wires the audit trail (issue 20 §2): the append-only PostgreSQL repository, the service, the admin
 * route {@code GET /api/v1/admin/activity-logs} and the daily retention purge ({@value #PURGE_JOB}
 * at 04:45 in the jobs zone). Gives back the recorder other contexts record with.
 */
public final class AuditWiring {
    /** The daily job that removes records older than the retention. */
    public static final String PURGE_JOB = "audit-retention-purge";
    /** When {@link #PURGE_JOB} runs, in the jobs zone. */
    public static final LocalTime PURGE_AT = LocalTime.of(4, 45);

    private AuditWiring() {
    }

    /**
     * Builds the context over {@code db}, registers the activity-log resource on {@code jersey} and the daily
     * purge on {@code jobs}.
     *
     * @param retention how long records are kept ({@code AUDIT_RETENTION}), at least one day
     * @return where other contexts append audit records (same transaction as their change)
     * @throws IllegalArgumentException when {@code retention} is shorter than one day
     */
    public static AuditRecorder register(JerseyEnvironment jersey, Jobs jobs, Duration retention, Persistence db,
                                         IdGenerator ids, Clock clock) {
        Duration kept = AuditService.requireRetention(retention);
        AuditService audit = new AuditService(db.audit, ids, clock);
        jersey.register(new ActivityLogResource(audit));
        jobs.daily(PURGE_JOB, PURGE_AT, now -> "removed " + audit.purgeOlderThan(kept) + " audit records older than "
                + kept.toDays() + " days");
        return audit;
    }

    /**
     * @return a recorder over {@code db} without the route or the purge (for commands run outside the server)
     */
    public static AuditRecorder recorder(Persistence db, IdGenerator ids, Clock clock) {
        return new AuditService(db.audit, ids, clock);
    }
}
