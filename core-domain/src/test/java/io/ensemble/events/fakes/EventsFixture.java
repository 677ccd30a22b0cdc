package io.ensemble.events.fakes;

import io.ensemble.events.EventCommand;
import io.ensemble.events.EventFinder;
import io.ensemble.events.EventService;
import io.ensemble.events.RsvpService;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.testing.MutableClock;
import io.ensemble.testing.RollbackTransactions;
import io.ensemble.testing.SequentialIdGenerator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The events use cases wired to in-memory fakes, plus helpers for callers and commands. */
public final class EventsFixture {
    public static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");

    public final MutableClock clock = new MutableClock(NOW);
    public final InMemoryEvents events = new InMemoryEvents();
    public final InMemoryRsvps rsvps = new InMemoryRsvps();
    public final RollbackTransactions transactions = new RollbackTransactions(events, rsvps);
    public final EventService service = new EventService(events, rsvps, transactions, new SequentialIdGenerator(), clock,
            new io.ensemble.notifications.InMemoryOutbox());
    public final RsvpService rsvpService = new RsvpService(events, rsvps, transactions, clock,
            new io.ensemble.notifications.InMemoryOutbox(), new SequentialIdGenerator());
    public final EventFinder finder = new EventFinder(events, events, rsvps, clock);

    /** @return a new caller with a random id and {@code role} */
    public static Caller caller(Role role) {
        return new Caller(UUID.randomUUID(), role, UUID.randomUUID());
    }

    /** @return a valid command: starts {@code startsAt}, at the given point, with {@code capacity} seats */
    public static EventCommand command(String title, String startsAt, Double lat, Double lng, Integer capacity,
                                       List<String> tags) {
        return new EventCommand(title, "A night out", startsAt, null, "The Loft, Los Angeles", lat, lng, null, null,
                capacity, tags, List.of(), null);
    }

    /** @return a valid command for a free event a week from {@link #NOW} with {@code capacity} seats */
    public static EventCommand command(Integer capacity) {
        return command("Rooftop Party", "2027-01-17T21:00:00Z", 34.05, -118.25, capacity, List.of("rooftop"));
    }
}
