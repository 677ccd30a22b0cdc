package io.ensemble.events;

import io.ensemble.shared.jobs.DueReminders;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The reminder of issue 21 §2: every {@code going} attendee of an active event is told once, within the
 * 24 hours before its start (in-app, push and e-mail per their notification preferences). Run by a
 * recurring job; each reminder is recorded with its notification in one transaction, so a rerun or a
 * second node never sends it twice.
 */
public final class EventReminders {
    /** How long before the start attendees are reminded. */
    public static final Duration AHEAD = Duration.ofHours(24);
    private static final int BATCH = 500;

    private final ReminderRepository reminders;
    private final EventRepository events;
    private final EventNotices notices;
    private final Transactions transactions;
    private final Clock clock;

    /** Wires the ports. */
    public EventReminders(ReminderRepository reminders, EventRepository events, EventNotices notices,
                          Transactions transactions, Clock clock) {
        this.reminders = Objects.requireNonNull(reminders, "reminders");
        this.events = Objects.requireNonNull(events, "events");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return how many attendees were reminded now */
    public int remindDue() {
        Instant now = clock.instant();
        return DueReminders.sendAll(batch -> reminders.due(now, now.plus(AHEAD), batch), d -> {
            if (!reminders.markSent(d.eventId(), d.userId(), now)) {
                return false;
            }
            events.findById(d.eventId()).ifPresent(e -> notices.reminder(e, d.userId()));
            return true;
        }, BATCH, transactions);
    }
}
