package io.ensemble.events.fakes;

import io.ensemble.events.Rsvp;
import io.ensemble.events.RsvpCounts;
import io.ensemble.events.RsvpRepository;
import io.ensemble.events.RsvpStatus;
import io.ensemble.testing.Snapshottable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** In-memory {@link RsvpRepository}: the waitlist order is a counter taken when an RSVP enters WAITLISTED. */
public final class InMemoryRsvps implements RsvpRepository, Snapshottable {
    private record Key(UUID eventId, UUID userId) {
    }

    private record Row(Rsvp rsvp, long waitlistSeq) {
    }

    private final Map<Key, Row> rows = new HashMap<>();
    private long nextSeq;

    @Override
    public Optional<Rsvp> find(UUID eventId, UUID userId) {
        return Optional.ofNullable(rows.get(new Key(eventId, userId))).map(Row::rsvp);
    }

    @Override
    public void save(Rsvp rsvp) {
        Key key = new Key(rsvp.eventId(), rsvp.userId());
        Row old = rows.get(key);
        long seq = rsvp.status() != RsvpStatus.WAITLISTED ? 0
                : old != null && old.rsvp().status() == RsvpStatus.WAITLISTED ? old.waitlistSeq() : ++nextSeq;
        rows.put(key, new Row(rsvp, seq));
    }

    @Override
    public long countGoing(UUID eventId) {
        return of(eventId, RsvpStatus.GOING).size();
    }

    @Override
    public List<Rsvp> firstWaitlisted(UUID eventId, int limit) {
        return of(eventId, RsvpStatus.WAITLISTED).stream().limit(limit).map(Row::rsvp).toList();
    }

    @Override
    public OptionalInt waitlistPosition(UUID eventId, UUID userId) {
        List<Row> line = of(eventId, RsvpStatus.WAITLISTED);
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).rsvp().userId().equals(userId)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    @Override
    public RsvpCounts counts(UUID eventId) {
        return new RsvpCounts(of(eventId, RsvpStatus.GOING).size(), of(eventId, RsvpStatus.WAITLISTED).size(),
                of(eventId, RsvpStatus.INTERESTED).size(), of(eventId, RsvpStatus.NOT_GOING).size());
    }

    private List<Row> of(UUID eventId, RsvpStatus status) {
        return rows.values().stream()
                .filter(r -> r.rsvp().eventId().equals(eventId) && r.rsvp().status() == status)
                .sorted(Comparator.comparingLong(Row::waitlistSeq)).toList();
    }

    @Override
    public Runnable snapshot() {
        Map<Key, Row> copy = Map.copyOf(rows);
        long seq = nextSeq;
        return () -> {
            rows.clear();
            rows.putAll(copy);
            nextSeq = seq;
        };
    }
}
