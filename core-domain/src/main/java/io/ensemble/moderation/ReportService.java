package io.ensemble.moderation;

import io.ensemble.identity.AccountSuspension;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.identity.SuspendAccounts;
import io.ensemble.notifications.NewNotification;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.notifications.NotificationType;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reports and their resolution (issue 20 §3): any user reports a user, message, profile or package
 * they can see, once per target; admins list the queue, read one report and resolve it with
 * {@code dismiss}, {@code remove_content} or {@code suspend_user}. A resolution, its effect on the
 * target, the author's notification and its audit record commit together.
 */
public final class ReportService {
    private final ReportRepository reports;
    private final ReportTargets targets;
    private final SuspendAccounts suspension;
    private final NotificationPublisher notifications;
    private final AuditRecorder audit;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final io.ensemble.shared.outbox.Outbox outbox;

    /** Wires the ports; identity's {@code suspension} carries out {@code suspend_user}. */
    public ReportService(ReportRepository reports, ReportTargets targets, SuspendAccounts suspension,
                         NotificationPublisher notifications, AuditRecorder audit, Transactions transactions,
                         IdGenerator ids, Clock clock, io.ensemble.shared.outbox.Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.suspension = Objects.requireNonNull(suspension, "suspension");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The caller reports a target they can see.
     *
     * @return the stored open report
     * @throws ValidationFailed naming {@code targetType}, {@code targetId}, {@code reason} or {@code note};
     *     {@code targetId} also when the target is the caller or the caller's own content
     * @throws NotFound when the target is unknown or not visible to the caller
     * @throws Conflict {@code ALREADY_REPORTED} when the caller already reported this target
     */
    public Report report(Caller caller, ReportCommand command) {
        ReportCommand.Parsed c = command.parse();
        return transactions.inTransaction(() -> {
            UUID author = targets.authorVisibleTo(caller.userId(), c.targetType(), c.targetId())
                    .orElseThrow(() -> new NotFound("No such " + c.targetType().code() + "."));
            if (author.equals(caller.userId())) {
                throw new ValidationFailed(List.of(new FieldError("targetId", "cannot be yourself or your own content")));
            }
            Report report = new Report(ids.newId(), caller.userId(), c.targetType(), c.targetId(), author, c.reason(),
                    c.note(), ReportStatus.OPEN, clock.instant().truncatedTo(ChronoUnit.MICROS), Optional.empty());
            if (!reports.insert(report)) {
                throw new Conflict("ALREADY_REPORTED", "You already reported this " + c.targetType().code() + ".");
            }
            outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(), new ModerationEvent.ReportFiled(
                    report.id(), report.targetType().code(), report.targetId(), report.authorId(),
                    report.reason().code(), report.createdAt()), report.createdAt()));
            return report;
        });
    }

    /**
     * One page of the admin queue, newest first.
     *
     * @param status {@code open}, {@code resolved} or null/blank for both
     * @param targetType a target type wire name or null/blank for all
     * @throws Forbidden when the caller is not an ADMIN (checked before the filters are read)
     * @throws ValidationFailed naming {@code status}, {@code targetType} or {@code cursor}
     */
    public Page<Report> queue(Caller caller, String status, String targetType, PageRequest page) {
        requireAdmin(caller);
        ReportFilter filter = ReportFilter.parse(status, targetType);
        Optional<Cursor> after = page.cursor().map(Cursor::decode);
        return Page.fromOverfetch(reports.find(filter, after, page.limit() + 1), page.limit(),
                r -> new Cursor(r.createdAt(), r.id()).encode());
    }

    /**
     * @return the report with {@code reportId}
     * @throws Forbidden when the caller is not an ADMIN
     * @throws NotFound when there is none
     */
    public Report report(Caller caller, UUID reportId) {
        requireAdmin(caller);
        return reports.findById(reportId).orElseThrow(ReportService::notFound);
    }

    /**
     * Resolves an open report: {@code dismiss} changes nothing else; {@code remove_content} tombstones
     * the message or deactivates the package and notifies its author ({@code CONTENT_REMOVED});
     * {@code suspend_user} suspends the author through identity's {@link SuspendAccounts} (sessions revoked,
     * sockets closed, {@code user_suspended} audited; an author already suspended stays so). Recorded in the
     * audit trail as {@code report_resolved}.
     *
     * @return the resolved report
     * @throws Forbidden when the caller is not an ADMIN
     * @throws NotFound when the report is unknown
     * @throws ValidationFailed naming {@code action} or {@code note}; {@code action} also for
     *     {@code remove_content} on a user or profile, and for {@code suspend_user} of the admin themselves
     * @throws Conflict {@code REPORT_RESOLVED} when the report was already resolved
     */
    public Report resolve(Caller caller, UUID reportId, ResolveCommand command, RequestOrigin origin) {
        requireAdmin(caller);
        ResolveCommand.Parsed c = command.parse();
        return transactions.inTransaction(() -> {
            Report report = reports.findById(reportId).orElseThrow(ReportService::notFound);
            if (report.status() != ReportStatus.OPEN) {
                throw alreadyResolved();
            }
            check(c.action(), report, caller);
            Resolution resolution = new Resolution(c.action(), c.note(), caller.userId(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            if (!reports.resolve(reportId, resolution)) {
                throw alreadyResolved();
            }
            audit.record(AuditEntry.by(caller.userId(), AuditAction.REPORT_RESOLVED,
                            new AuditTarget("report", reportId.toString()))
                    .from(origin)
                    .with(FieldChange.of("status", ReportStatus.OPEN.code(), ReportStatus.RESOLVED.code()),
                            FieldChange.of("action", null, c.action().code()),
                            FieldChange.of("target", null, report.targetType().code() + ":" + report.targetId())));
            apply(caller, report, c);
            return report.resolved(resolution);
        });
    }

    private static void check(ResolutionAction action, Report report, Caller caller) {
        if (action == ResolutionAction.REMOVE_CONTENT && !ReportTargets.removable(report.targetType())) {
            throw new ValidationFailed(List.of(new FieldError("action", "remove_content applies to messages and "
                    + "packages; use suspend_user for a " + report.targetType().code())));
        }
        if (action == ResolutionAction.SUSPEND_USER && report.authorId().equals(caller.userId())) {
            throw new ValidationFailed(List.of(new FieldError("action", "an admin cannot suspend themselves")));
        }
    }

    private void apply(Caller caller, Report report, ResolveCommand.Parsed c) {
        switch (c.action()) {
            case DISMISS -> {
            }
            case REMOVE_CONTENT -> {
                if (targets.remove(caller, report.targetType(), report.targetId())) {
                    notifications.publish(new NewNotification(report.authorId(), NotificationType.CONTENT_REMOVED,
                            "Content removed", "An admin removed your " + report.targetType().code()
                            + " after a report (" + report.reason().code() + ").", Optional.empty(),
                            Optional.of(report.targetId())));
                }
            }
            case SUSPEND_USER -> suspend(caller, report, c.note().orElse("Reported for " + report.reason().code()));
        }
    }

    /** Suspends the author (last, as the sockets close at once); an account already suspended stays so. */
    private void suspend(Caller caller, Report report, String reason) {
        String kept = reason.length() > AccountSuspension.REASON_MAX
                ? reason.substring(0, AccountSuspension.REASON_MAX) : reason;
        try {
            suspension.suspend(caller.userId(), report.authorId(), kept);
        } catch (Conflict e) {
            if (!"ALREADY_SUSPENDED".equals(e.code())) {
                throw e;
            }
        }
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only admins can review reports.");
        }
    }

    private static NotFound notFound() {
        return new NotFound("No such report.");
    }

    private static Conflict alreadyResolved() {
        return new Conflict("REPORT_RESOLVED", "This report was already resolved.");
    }
}
