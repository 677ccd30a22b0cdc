package io.ensemble.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.app.support.SharedDatabase;
import io.ensemble.app.support.Sql;
import io.ensemble.events.Event;
import io.ensemble.events.EventNotices;
import io.ensemble.events.EventReminders;
import io.ensemble.events.EventStatus;
import io.ensemble.events.Rsvp;
import io.ensemble.events.RsvpStatus;
import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.notifications.OutboxNotificationPublisher;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiTransactions;
import io.ensemble.persistence.events.JdbiEventRepository;
import io.ensemble.persistence.events.JdbiReminderRepository;
import io.ensemble.persistence.events.JdbiRsvpRepository;
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
import java.util.OptionalInt;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The use case of the {@code event-reminders} job (issue 21 §2) against the real test database and the
 * real notifications publisher, with a settable clock: a going attendee is reminded once within the 24
 * hours before the start (in-app, and e-mail/push per preferences); others never.
 */
class EventReminderJobTest {
    private final JdbiHandles handles = new JdbiHandles(Jdbi.create(SharedDatabase.get().dataSource()));
    private final MutableClock clock = new MutableClock(Instant.parse("2031-03-01T10:00:00Z")
            .plus(Duration.ofMinutes(new java.util.Random().nextInt(500_000))));

    private UUID user(Role role) {
        UUID id = UUID.randomUUID();
        new JdbiUserRepository(handles).create(new User(id, id + "@example.com", "Guest " + id, role,
                AccountStatus.ACTIVE, true, "hash", clock.instant(), clock.instant()));
        return id;
    }

    private static long reminders(UUID user, UUID event, String table) {
        return Sql.count("SELECT count(*) FROM " + table + " WHERE user_id = ? AND type = 'EVENT_REMINDER'"
                + ("notifications".equals(table) ? " AND subject_id = '" + event + "'" : ""), user);
    }

    @Test
    void a_going_attendee_is_reminded_once_within_24_hours_of_the_start() {
        var ids = new UuidV7Generator(clock);
        var events = new JdbiEventRepository(handles);
        var rsvps = new JdbiRsvpRepository(handles);
        var publisher = new OutboxNotificationPublisher(new JdbiNotificationRepository(handles),
                new JdbiPreferenceRepository(handles), new JdbiDeliveryQueue(handles), new JdbiOutbox(handles), ids,
                clock);
        var job = new EventReminders(new JdbiReminderRepository(handles), events, new EventNotices(publisher),
                new JdbiTransactions(handles), clock);
        UUID host = user(Role.HOST);
        UUID going = user(Role.PARTIER);
        UUID curious = user(Role.PARTIER);
        Instant now = clock.instant();
        Instant start = now.plus(Duration.ofHours(48));
        UUID eventId = ids.newId();
        events.insert(new Event(eventId, host, "Boat party", "", start, Optional.empty(), "Pier 39",
                Optional.empty(), Optional.empty(), OptionalInt.empty(), List.of(), List.of(), false,
                EventStatus.ACTIVE, 1, now, now));
        rsvps.save(new Rsvp(eventId, going, RsvpStatus.GOING, now, now));
        rsvps.save(new Rsvp(eventId, curious, RsvpStatus.INTERESTED, now, now));

        job.remindDue();
        assertThat(reminders(going, eventId, "notifications")).as("48 h ahead: too early").isZero();

        clock.set(start.minus(Duration.ofHours(23)));
        assertThat(job.remindDue()).isGreaterThanOrEqualTo(1);
        assertThat(reminders(going, eventId, "notifications")).isEqualTo(1);
        assertThat(reminders(going, eventId, "notification_deliveries")).as("e-mail and push by default").isEqualTo(2);

        job.remindDue();
        clock.set(start.minus(Duration.ofHours(1)));
        job.remindDue();
        assertThat(reminders(going, eventId, "notifications")).as("once per attendee and event").isEqualTo(1);
        assertThat(reminders(curious, eventId, "notifications")).isZero();
        assertThat(reminders(host, eventId, "notifications")).isZero();

        clock.set(start.plus(Duration.ofMinutes(1)));
        UUID late = user(Role.PARTIER);
        rsvps.save(new Rsvp(eventId, late, RsvpStatus.GOING, clock.instant(), clock.instant()));
        job.remindDue();
        assertThat(reminders(late, eventId, "notifications")).as("never after the start").isZero();
    }
}
