package io.ensemble.persistence.outbox;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.persistence.outbox.OutboxCodec;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.outbox.OutboxEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link Outbox} on the {@code outbox} table: events go in and come out through the
 * {@link OutboxCodec} (type name and {@code jsonb} payload). Appends join the
 * caller's transaction; claiming uses {@code FOR UPDATE SKIP LOCKED} so relays on several nodes
 * never take the same event. Throws {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiOutbox implements Outbox {
    private static final String INSERT = "INSERT INTO outbox (id, type, recipient_id, payload, created_at) "
            + "VALUES (:id, :type, :recipientId, CAST(:payload AS jsonb), :createdAt)";
    private static final String CLAIM = "SELECT id, type, recipient_id, payload::text AS payload, created_at FROM outbox "
            + "WHERE published_at IS NULL ORDER BY created_at, id LIMIT :max FOR UPDATE SKIP LOCKED";
    private static final String PUBLISHED = "UPDATE outbox SET published_at = :at WHERE id = ANY(:ids)";
    private static final String PURGE = "DELETE FROM outbox WHERE id IN (SELECT id FROM outbox"
            + " WHERE published_at < :cutoff LIMIT :max)";

    private final JdbiHandles handles;
    private final OutboxCodec codec = OutboxCodec.standard();
    private final RowMapper<OutboxEvent> row = (rs, ctx) -> new OutboxEvent(rs.getObject("id", UUID.class),
            rs.getObject("recipient_id", UUID.class), codec.decode(rs.getString("type"), rs.getString("payload")),
            SqlTime.read(rs, "created_at"));

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiOutbox(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    /**
     * Inserts the event unpublished.
     *
     * @throws IllegalArgumentException for an event type the codec does not know
     */
    @Override
    public void append(OutboxEvent event) {
        handles.use(h -> h.createUpdate(INSERT)
                .bind("id", event.id())
                .bind("type", codec.typeOf(event.event()))
                .bind("recipientId", event.recipientId())
                .bind("payload", codec.encode(event.event()))
                .bind("createdAt", SqlTime.at(event.createdAt()))
                .execute());
    }

    /**
     * @return up to {@code max} unpublished events, oldest first, locked until the transaction ends;
     *     rows the codec cannot read carry an {@link io.ensemble.shared.outbox.UnreadableEvent}
     */
    @Override
    public List<OutboxEvent> claimUnpublished(int max) {
        return handles.with(h -> h.createQuery(CLAIM).bind("max", max).map(row).list());
    }

    /** Sets {@code published_at} on all of them in one {@code UPDATE … WHERE id = ANY(…)}. */
    @Override
    public void markPublished(List<UUID> eventIds, Instant at) {
        if (eventIds.isEmpty()) {
            return;
        }
        handles.use(h -> h.createUpdate(PUBLISHED).bindArray("ids", UUID.class, eventIds)
                .bind("at", SqlTime.at(at)).execute());
    }

    /** Deletes relayed rows older than {@code cutoff}, at most {@code max} (clamped to 1..100,000). */
    @Override
    public int deletePublishedBefore(Instant cutoff, int max) {
        return handles.with(h -> h.createUpdate(PURGE).bind("cutoff", SqlTime.at(cutoff))
                .bind("max", Math.max(1, Math.min(100_000, max))).execute());
    }
}
