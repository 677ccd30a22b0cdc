package io.ensemble.app.wiring;

import io.ensemble.agency.ApplicationService;
import io.ensemble.agency.MemberInvites;
import io.ensemble.agency.MemberService;
import io.ensemble.agency.TaskService;
import io.ensemble.app.config.AgencyConfig;
import io.ensemble.identity.AccountInvitations;
import io.ensemble.identity.SuspendAccounts;
import io.ensemble.media.MediaService;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.mail.Mailer;
import io.ensemble.web.agency.AgencyRoutes;
import io.ensemble.web.ratelimit.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Wires the agency context's people and work (issue 22 §1): applications (public form limited per client
 * address), members over identity's invitations, suspension and account edits, and tasks with their outbox
 * events and media attachments; registers the native routes under {@code /api/v1/agency} and returns the use
 * cases for the Idyll dialect ({@code CompatServices.agency}). Meetings, payouts and created notifications
 * are wired by {@code AgencyOpsWiring}.
 */
public final class AgencyWiring {
    /** The window of the public application limit. */
    static final Duration APPLICATION_WINDOW = Duration.ofMinutes(15);

    private AgencyWiring() {
    }

    /**
     * Builds the agency use cases over {@code db} and registers their native routes on {@code jersey}.
     *
     * @param invitations identity's invitation accounts (set-password token)
     * @param suspension identity's suspension, deactivates members
     * @param limits where the application limit's buckets live
     * @param media the media use cases, which say whether an upload may be attached
     * @return the use cases, for the Idyll dialect
     */
    public static AgencyRoutes register(ResourceConfig jersey, Persistence db, AgencyConfig config,
                                        AccountInvitations invitations, SuspendAccounts suspension, Mailer mailer,
                                        AuditRecorder audit, RateLimitWiring limits, MediaService media,
                                        IdGenerator ids, Clock clock) {
        var invites = new MemberInvites(invitations, mailer, config.settings());
        var applications = new ApplicationService(db.agencyApplications, invites, db.transactions, ids, clock);
        var members = new MemberService(db.users, db.users, db.users, suspension, invites, audit, db.transactions,
                clock);
        var tasks = new TaskService(db.agencyTasks, db.agencyTeam, (caller, mediaId) -> {
            try {
                return media.get(caller, mediaId).media().ownerId().equals(caller.userId());
            } catch (NotFound e) {
                return false;
            }
        }, db.outbox, db.transactions, ids, clock);
        RateLimiter applicationLimit = limits.limiter("agency-applications", config.applicationsPer15Min(),
                APPLICATION_WINDOW);
        AgencyRoutes routes = new AgencyRoutes(applications, members, tasks, applicationLimit);
        routes.register(jersey);
        return routes;
    }
}
