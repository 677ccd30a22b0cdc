package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.identity.SuspendAccounts;
import io.ensemble.marketplace.PackageService;
import io.ensemble.messaging.MessageModeration;
import io.ensemble.moderation.ReportService;
import io.ensemble.moderation.ReportTargets;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.web.moderation.ReportAdminResource;
import io.ensemble.web.moderation.ReportResource;
import java.time.Clock;

/**
 * Wires the moderation context (issue 20 §3): reports over messaging's {@link MessageModeration} and
 * marketplace's {@link PackageService} (never their repositories), the author's notification, the
 * audit recorder and identity's suspension; registers {@code POST /api/v1/reports} and
 * {@code /api/v1/admin/reports}.
 */
public final class ModerationWiring {
    private ModerationWiring() {
    }

    /**
     * Builds the report use cases over {@code db} and registers their routes on {@code jersey}.
     *
     * @param suspension identity's suspension use case, carries out {@code suspend_user} ({@link AdminWiring})
     * @param notifications tells authors their content was removed, in the resolution's transaction
     * @param audit records each resolution
     */
    public static void register(JerseyEnvironment jersey, Persistence db, SuspendAccounts suspension,
                                NotificationPublisher notifications, AuditRecorder audit, IdGenerator ids,
                                Clock clock) {
        var targets = new ReportTargets(db.users,
                new MessageModeration(db.conversations, db.messages, db.outbox, ids, clock),
                new PackageService(db.packages, db.transactions, ids, clock));
        var reports = new ReportService(db.reports, targets, suspension, notifications, audit, db.transactions,
                ids, clock, db.outbox);
        jersey.register(new ReportResource(reports));
        jersey.register(new ReportAdminResource(reports));
    }
}
