package io.ensemble.agency;

import io.ensemble.notifications.NewNotification;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.notifications.NotificationType;
import io.ensemble.shared.jobs.DueReminders;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The meeting reminder of issue 22 §1: every attendee of a meeting that is not cancelled is told once, within
 * the 15 minutes before its start, through the {@link NotificationPublisher} (in-app, push and e-mail per their
 * preferences, type {@link NotificationType#MEETING_REMINDER}). Run by a recurring job; each reminder is
 * recorded with its notification in one transaction, so a rerun or a second node never sends it twice.
 */
public final class MeetingReminders {
    /** How long before the start attendees are reminded. */
    public static final Duration AHEAD = Duration.ofMinutes(15);
    private static final int BATCH = 500;

    private final MeetingRepository meetings;
    private final NotificationPublisher notifications;
    private final Transactions transactions;
    private final Clock clock;

    /** Wires the ports. */
    public MeetingReminders(MeetingRepository meetings, NotificationPublisher notifications,
                            Transactions transactions, Clock clock) {
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return how many attendees were reminded now */
    public int remindDue() {
        Instant now = clock.instant();
        return DueReminders.sendAll(batch -> meetings.dueReminders(now, now.plus(AHEAD), batch), d -> {
            if (!meetings.markReminded(d.meetingId(), d.userId(), now)) {
                return false;
            }
            meetings.findById(d.meetingId()).ifPresent(m -> notifications.publish(new NewNotification(
                    d.userId(), NotificationType.MEETING_REMINDER, "Meeting soon: " + m.title(),
                    m.title() + " starts at " + m.startsAt() + m.link().map(l -> " (" + l + ")").orElse(""),
                    Optional.empty(), Optional.of(m.id()))));
            return true;
        }, BATCH, transactions);
    }
}
