package io.ensemble.events;

import java.util.Optional;
import java.util.UUID;

/** Persistence port of {@code events}. Calls join the caller's transaction. */
public interface EventRepository {
    /** Stores a new event. */
    void insert(Event event);

    /**
     * Replaces the stored event with {@code event} (matched by id) when the stored version is
     * {@code expectedVersion}.
     *
     * @return false when the event is unknown or its version moved on (a concurrent change won)
     */
    boolean update(Event event, long expectedVersion);

    /** @return the event in any state */
    Optional<Event> findById(UUID eventId);

    /**
     * Reads the event and locks it until the transaction ends, so RSVPs and capacity changes of one
     * event happen one after another (never over-selling seats). Must run inside a transaction.
     *
     * @return the event in any state, empty when unknown
     */
    Optional<Event> lockById(UUID eventId);
}
