package io.ensemble.events.fakes;

import io.ensemble.events.Event;
import io.ensemble.events.EventCursor;
import io.ensemble.events.EventListing;
import io.ensemble.events.EventOrder;
import io.ensemble.events.EventQuery;
import io.ensemble.events.EventRepository;
import io.ensemble.events.EventSearchRepository;
import io.ensemble.events.EventStatus;
import io.ensemble.testing.Snapshottable;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In-memory {@link EventRepository} and {@link EventSearchRepository}. Search matches text as a
 * case-insensitive substring of title, description, location or a tag (relevance 1) and measures
 * distance with {@link io.ensemble.events.GeoPoint#metresTo}; order and cursors follow the port.
 */
public final class InMemoryEvents implements EventRepository, EventSearchRepository, Snapshottable {
    public final Map<UUID, Event> events = new HashMap<>();
    /** How many times {@link #lockById} was called. */
    public final AtomicInteger locks = new AtomicInteger();

    @Override
    public void insert(Event event) {
        events.put(event.id(), event);
    }

    @Override
    public boolean update(Event event, long expectedVersion) {
        Event stored = events.get(event.id());
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        events.put(event.id(), event);
        return true;
    }

    @Override
    public Optional<Event> findById(UUID eventId) {
        return Optional.ofNullable(events.get(eventId));
    }

    @Override
    public Optional<Event> lockById(UUID eventId) {
        locks.incrementAndGet();
        return findById(eventId);
    }

    @Override
    public List<EventListing> search(EventQuery q, Instant now, int fetch) {
        Instant from = q.from().orElse(now);
        EventOrder order = q.order();
        Comparator<EventListing> byKey = switch (order) {
            case START -> Comparator.comparing(l -> l.event().startsAt());
            case DISTANCE -> Comparator.comparingDouble(l -> l.distanceMetres().getAsDouble());
            case RELEVANCE -> Comparator.comparingDouble(l -> -l.relevance());
        };
        Comparator<EventListing> cmp = Comparator.<EventListing, Boolean>comparing(l -> !l.event().featured())
                .thenComparing(byKey).thenComparing(l -> l.event().id());
        return events.values().stream()
                .filter(e -> e.status() == EventStatus.ACTIVE)
                .filter(e -> e.lastInstant().compareTo(from) >= 0)
                .filter(e -> q.to().map(to -> e.startsAt().isBefore(to)).orElse(true))
                .filter(e -> q.tags().isEmpty() || e.tags().stream().anyMatch(q.tags()::contains))
                .filter(e -> !q.featuredOnly() || e.featured())
                .filter(e -> q.hostId().map(e::hostedBy).orElse(true))
                .filter(e -> q.text().map(t -> matches(e, t)).orElse(true))
                .map(e -> listing(e, q))
                .filter(l -> q.near().isEmpty() || l.distanceMetres().getAsDouble() <= q.radiusMetres())
                .filter(l -> q.after().map(c -> cmp.compare(l, probe(c, l)) > 0).orElse(true))
                .sorted(cmp).limit(fetch).toList();
    }

    private static EventListing listing(Event e, EventQuery q) {
        OptionalDouble distance = q.near().isPresent() && e.point().isPresent()
                ? OptionalDouble.of(q.near().get().metresTo(e.point().get()))
                : q.near().isPresent() ? OptionalDouble.of(Double.MAX_VALUE) : OptionalDouble.empty();
        return new EventListing(e, distance, q.text().isPresent() ? 1f : 0f);
    }

    /** A listing whose sort key equals the cursor's, to compare rows against it. */
    private static EventListing probe(EventCursor c, EventListing shape) {
        Event e = shape.event();
        Event key = new Event(c.id(), e.hostId(), e.title(), e.description(), c.startsAt(), Optional.empty(),
                e.location(), e.point(), e.ticketPrice(), e.capacity(), e.tags(), e.images(), c.featured(),
                e.status(), e.version(), e.createdAt(), e.updatedAt());
        return new EventListing(key, OptionalDouble.of(c.distanceMetres()), c.relevance());
    }

    private static boolean matches(Event e, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return e.title().toLowerCase(Locale.ROOT).contains(t) || e.description().toLowerCase(Locale.ROOT).contains(t)
                || e.location().toLowerCase(Locale.ROOT).contains(t) || e.tags().contains(t);
    }

    @Override
    public Runnable snapshot() {
        Map<UUID, Event> copy = Map.copyOf(events);
        return () -> {
            events.clear();
            events.putAll(copy);
        };
    }
}
