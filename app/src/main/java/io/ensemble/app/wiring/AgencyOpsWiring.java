package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.agency.AgencyNoticeService;
import io.ensemble.agency.CalendarFeedSigner;
import io.ensemble.agency.MeetingReminders;
import io.ensemble.agency.MeetingService;
import io.ensemble.agency.MemberPayoutService;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.web.agency.AgencyNotificationResource;
import io.ensemble.web.agency.MeetingFeedResource;
import io.ensemble.web.agency.MeetingResource;
import io.ensemble.web.agency.AgencyPayoutResource;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires the agency's operations (issue 22 §1 Meetings, Member payouts, Notifications) under
 * {@code /api/v1/agency/...}: meetings with their {@code .ics} files, signed iCal feeds (HMAC with the shared
 * media-URL signing key, domain-separated) and the {@code agency-meeting-reminders} job; member payouts on the
 * payments ledger; admin-written notifications through the notifications context.
 */
public final class AgencyOpsWiring {
    /** Name of the job (and admin task) that reminds attendees 15 minutes before a meeting. */
    public static final String REMINDER_JOB = "agency-meeting-reminders";
    /** How often due meeting reminders are looked for. */
    public static final Duration REMINDER_EVERY = Duration.ofMinutes(1);

    private AgencyOpsWiring() {
    }

    /** The use cases, also served by the idyll dialect. */
    public record AgencyOps(MeetingService meetings, MemberPayoutService payouts, AgencyNoticeService notices,
                            io.ensemble.notifications.NotificationService notifications) {
    }

    /**
     * Builds the repositories and use cases once, registers the routes and the reminder job.
     *
     * @param signingKey the shared HMAC key the feed URLs are signed with
     * @return the use cases
     */
    public static AgencyOps register(JerseyEnvironment jersey, Persistence db, NotificationPublisher notifications,
                                     Jobs jobs, byte[] signingKey, IdGenerator ids, Clock clock) {
        var meetingRepo = db.agencyMeetings;
        var meetings = new MeetingService(meetingRepo, db.users, db.transactions, ids, clock);
        var signer = new CalendarFeedSigner(signingKey);
        jersey.register(new MeetingResource(meetings, signer, clock));
        jersey.register(new MeetingFeedResource(meetings, signer, clock));
        var reminders = new MeetingReminders(meetingRepo, notifications, db.transactions, clock);
        jobs.every(REMINDER_JOB, REMINDER_EVERY, now -> "reminded " + reminders.remindDue() + " attendees");
        var payouts = new MemberPayoutService(db.memberPayouts, db.users, notifications,
                db.outbox, db.transactions, ids, clock);
        jersey.register(new AgencyPayoutResource(payouts));
        var notices = new AgencyNoticeService(notifications, db.agencyRecipients, db.users,
                db.outbox, db.transactions, ids, clock);
        jersey.register(new AgencyNotificationResource(notices));
        // the caller's own notifications (read, mark, delete) for the dialect's /api/notifications
        var own = new io.ensemble.notifications.NotificationService(db.notifications, db.outbox, db.transactions, ids,
                clock);
        return new AgencyOps(meetings, payouts, notices, own);
    }
}
