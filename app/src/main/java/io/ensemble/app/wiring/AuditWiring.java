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
 * at 04:45 in the jobs zone). Exposes the {@link #recorder} other contexts record with.
 */
public final class AuditWiring {
    /** The daily job that removes records older than the retention. */
    public static final String PURGE_JOB = "audit-retention-purge";
    public static final LocalTime PURGE_AT = LocalTime.of(4, 45);

    /** Where other contexts append audit records (same transaction as their change). */
    public final AuditRecorder recorder;
    private final AuditService audit;

    private AuditWiring(AuditService audit) {
        this.audit = audit;
        this.recorder = audit;
    }

    /** Builds the context over {@code db}; call {@link #register} once the web and jobs exist. */
    public static AuditWiring build(Persistence db, IdGenerator ids, Clock clock) {
        return new AuditWiring(new AuditService(db.audit, ids, clock));
    }

    /**
     * Registers the activity-log resource on {@code jersey} and the daily purge on {@code jobs}.
     *
     * @param retention how long records are kept ({@code AUDIT_RETENTION}), at least one day
     * @throws IllegalArgumentException when {@code retention} is shorter than one day
     */
    public void register(JerseyEnvironment jersey, Jobs jobs, Duration retention) {
        Duration kept = AuditService.requireRetention(retention);
        jersey.register(new ActivityLogResource(audit));
        jobs.daily(PURGE_JOB, PURGE_AT, now -> "removed " + audit.purgeOlderThan(kept) + " audit records older than "
                + kept.toDays() + " days");
    }
}
