package io.ensemble.app.agency;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.agency.Meeting;
import io.ensemble.agency.MeetingReminders;
import io.ensemble.app.support.SharedDatabase;
import io.ensemble.app.support.Sql;
import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.notifications.OutboxNotificationPublisher;
import io.ensemble.persistence.agency.JdbiMeetingRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiTransactions;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.persistence.notifications.JdbiDeliveryQueue;
import io.ensemble.persistence.notifications.JdbiNotificationRepository;
import io.ensemble.persistence.notifications.JdbiPreferenceRepository;
import io.ensemble.persistence.outbox.JdbiOutbox;
import io.ensemble.shared.ids.UuidV7Generator;
import io.ensemble.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The use case of the {@code agency-meeting-reminders} job (issue 22 §1) against the real test database and the
 * real notifications publisher, with a moved clock: each attendee is reminded once within the 15 minutes before
 * the start (in-app, and e-mail/push queued per preferences); never before that window, after the start, or for a
 * cancelled meeting.
 */
class AgencyMeetingReminderTest {
    private final JdbiHandles handles = new JdbiHandles(Jdbi.create(SharedDatabase.get().dataSource()));
    private final MutableClock clock = new MutableClock(Instant.parse("2032-03-01T10:00:00Z")
            .plus(Duration.ofMinutes(new java.util.Random().nextInt(500_000))));

    private UUID user() {
        UUID id = UUID.randomUUID();
        new JdbiUserRepository(handles).create(new User(id, id + "@example.com", "Member " + id, Role.MEMBER,
                AccountStatus.ACTIVE, true, "hash", clock.instant(), clock.instant()));
        return id;
    }

    private static long reminders(UUID user, UUID meeting, String table) {
        return Sql.count("SELECT count(*) FROM " + table + " WHERE user_id = ? AND type = 'MEETING_REMINDER'"
                + ("notifications".equals(table) ? " AND subject_id = '" + meeting + "'" : ""), user);
    }

    @Test
    void each_attendee_is_reminded_once_within_15_minutes_of_the_start() {
        var ids = new UuidV7Generator(clock);
        var meetings = new JdbiMeetingRepository(handles);
        var publisher = new OutboxNotificationPublisher(new JdbiNotificationRepository(handles),
                new JdbiPreferenceRepository(handles), new JdbiDeliveryQueue(handles), new JdbiOutbox(handles), ids,
                clock);
        var job = new MeetingReminders(meetings, publisher, new JdbiTransactions(handles), clock);
        UUID alice = user();
        UUID bob = user();
        UUID outsider = user();
        Instant now = clock.instant();
        Instant start = now.plus(Duration.ofHours(2));
        UUID meetingId = ids.newId();
        meetings.insert(new Meeting(meetingId, "Sync", start, 30, List.of(alice, bob), Optional.empty(),
                Optional.of("https://meet.example.com/x"), Optional.empty(), false, 0, now, now));
        UUID cancelledId = ids.newId();
        meetings.insert(new Meeting(cancelledId, "Off", start, 30, List.of(alice), Optional.empty(),
                Optional.empty(), Optional.empty(), true, 1, now, now));

        job.remindDue();
        assertThat(reminders(alice, meetingId, "notifications")).as("2 h ahead: too early").isZero();

        clock.set(start.minus(Duration.ofMinutes(16)));
        job.remindDue();
        assertThat(reminders(alice, meetingId, "notifications")).as("16 min ahead: too early").isZero();

        clock.set(start.minus(Duration.ofMinutes(14)));
        assertThat(job.remindDue()).isGreaterThanOrEqualTo(2);
        assertThat(reminders(alice, meetingId, "notifications")).isEqualTo(1);
        assertThat(reminders(bob, meetingId, "notifications")).isEqualTo(1);
        assertThat(reminders(alice, meetingId, "notification_deliveries")).as("e-mail and push by default")
                .isEqualTo(2);

        clock.set(start.minus(Duration.ofMinutes(1)));
        job.remindDue();
        assertThat(reminders(alice, meetingId, "notifications")).as("once per attendee").isEqualTo(1);
        assertThat(reminders(outsider, meetingId, "notifications")).isZero();
        assertThat(reminders(alice, cancelledId, "notifications")).as("cancelled: never").isZero();

        Meeting reminded = meetings.findById(meetingId).orElseThrow();
        Instant later = start.plus(Duration.ofHours(1));
        meetings.update(new Meeting(meetingId, "Sync", later, 30, List.of(alice, bob), Optional.empty(),
                reminded.link(), Optional.empty(), false, 1, now, clock.instant()));
        clock.set(later.minus(Duration.ofMinutes(10)));
        job.remindDue();
        assertThat(reminders(alice, meetingId, "notifications")).as("moved: reminded again before the new start")
                .isEqualTo(2);

        UUID late = ids.newId();
        meetings.insert(new Meeting(late, "Past", start.minus(Duration.ofMinutes(5)), 30, List.of(outsider),
                Optional.empty(), Optional.empty(), Optional.empty(), false, 0, now, now));
        job.remindDue();
        assertThat(reminders(outsider, late, "notifications")).as("never after the start").isZero();
    }
}
