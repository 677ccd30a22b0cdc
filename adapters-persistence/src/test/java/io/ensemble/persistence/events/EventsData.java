package io.ensemble.persistence.events;

import io.ensemble.events.Event;
import io.ensemble.events.EventStatus;
import io.ensemble.events.GeoPoint;
import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.shared.ids.UuidV7Generator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** Test data of the events context; instants in whole seconds, as events store them. */
final class EventsData {
    static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");
    static final UuidV7Generator IDS = new UuidV7Generator(Clock.systemUTC());

    private EventsData() {
    }

    /** @return the id of a new ACTIVE user with {@code role} */
    static UUID user(JdbiHandles handles, Role role) {
        UUID id = IDS.newId();
        new JdbiUserRepository(handles).create(new User(id, id + "@example.com", "User " + role, role,
                AccountStatus.ACTIVE, true, "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA", NOW, NOW));
        return id;
    }

    /** @return an ACTIVE free event of {@code host} without coordinates, tags or capacity */
    static Event event(UUID host, String title, Instant startsAt) {
        return new Event(IDS.newId(), host, title, "", startsAt, Optional.empty(), "Somewhere", Optional.empty(),
                Optional.empty(), OptionalInt.empty(), List.of(), List.of(), false, EventStatus.ACTIVE, 1, NOW, NOW);
    }

    /** @return {@code e} at {@code point} */
    static Event at(Event e, GeoPoint point) {
        return new Event(e.id(), e.hostId(), e.title(), e.description(), e.startsAt(), e.endsAt(), e.location(),
                Optional.of(point), e.ticketPrice(), e.capacity(), e.tags(), e.images(), e.featured(), e.status(),
                e.version(), e.createdAt(), e.updatedAt());
    }

    /** @return {@code e} with {@code tags}, {@code location} and {@code description} */
    static Event described(Event e, String location, String description, List<String> tags) {
        return new Event(e.id(), e.hostId(), e.title(), description, e.startsAt(), e.endsAt(), location, e.point(),
                e.ticketPrice(), e.capacity(), tags, e.images(), e.featured(), e.status(), e.version(),
                e.createdAt(), e.updatedAt());
    }

    /** @return {@code e} featured, or ending at {@code endsAt}, or with {@code capacity} seats */
    static Event with(Event e, boolean featured, Optional<Instant> endsAt, OptionalInt capacity) {
        return new Event(e.id(), e.hostId(), e.title(), e.description(), e.startsAt(), endsAt, e.location(),
                e.point(), e.ticketPrice(), capacity, e.tags(), e.images(), featured, e.status(), e.version(),
                e.createdAt(), e.updatedAt());
    }
}
