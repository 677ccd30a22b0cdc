package io.ensemble.persistence.events;

import io.ensemble.events.Event;
import io.ensemble.events.EventRepository;
import io.ensemble.persistence.database.JdbiHandles;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link EventRepository} on the {@code events} table (migrations/events/001). {@link #lockById}
 * takes {@code FOR NO KEY UPDATE}: it serialises RSVPs and capacity changes of one event without
 * blocking inserts of rows that merely reference it. Every method throws
 * {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiEventRepository implements EventRepository {
    private static final String INSERT = "INSERT INTO events (" + EventRows.COLUMNS + ") VALUES (:id, :hostId,"
            + " :title, :description, :startsAt, :endsAt, :location, :latitude, :longitude, :priceAmount,"
            + " :priceCurrency, :capacity, :tags, :images, :featured, :status, :version, :createdAt, :updatedAt)";
    private static final String UPDATE = """
            UPDATE events SET title = :title, description = :description, starts_at = :startsAt, ends_at = :endsAt,
                   location = :location, latitude = :latitude, longitude = :longitude, price_amount = :priceAmount,
                   price_currency = :priceCurrency, capacity = :capacity, tags = :tags, images = :images,
                   featured = :featured, status = :status, version = :version, updated_at = :updatedAt
             WHERE id = :id AND version = :expectedVersion
            """;
    private static final String BY_ID = "SELECT " + EventRows.COLUMNS + " FROM events WHERE id = :id";
    private static final String LOCK = BY_ID + " FOR NO KEY UPDATE";

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiEventRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public void insert(Event event) {
        handles.use(h -> EventRows.bind(h.createUpdate(INSERT), event).execute());
    }

    @Override
    public boolean update(Event event, long expectedVersion) {
        return handles.with(h -> EventRows.bind(h.createUpdate(UPDATE), event)
                .bind("expectedVersion", expectedVersion).execute()) > 0;
    }

    @Override
    public Optional<Event> findById(UUID eventId) {
        return handles.with(h -> h.createQuery(BY_ID).bind("id", eventId).map((rs, ctx) -> EventRows.read(rs))
                .findOne());
    }

    @Override
    public Optional<Event> lockById(UUID eventId) {
        if (!handles.inTransaction()) {
            throw new IllegalStateException("lockById must run inside a transaction");
        }
        return handles.with(h -> h.createQuery(LOCK).bind("id", eventId).map((rs, ctx) -> EventRows.read(rs))
                .findOne());
    }
}
