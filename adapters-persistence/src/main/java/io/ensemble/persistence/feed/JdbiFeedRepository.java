package io.ensemble.persistence.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.feed.FeedDraft;
import io.ensemble.feed.FeedEntry;
import io.ensemble.feed.FeedRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link FeedRepository} on {@code feed_events}. The sequence number comes from the single row of
 * {@code feed_sequence}, incremented in the appending transaction: its row lock is held until that
 * transaction ends, so the next append waits and numbers commit in order without gaps (the ordering
 * argument is on {@link FeedRepository}). Subjects are stored as a {@code jsonb} object of ids.
 */
public final class JdbiFeedRepository implements FeedRepository {
    private static final String EXISTS = "SELECT count(*) FROM feed_events WHERE id = :id";
    private static final String APPEND = "WITH next AS (UPDATE feed_sequence SET last_seq = last_seq + 1 WHERE id = 1"
            + " RETURNING last_seq) INSERT INTO feed_events (seq, id, type, subjects, payload, occurred_at)"
            + " SELECT last_seq, :id, :type, CAST(:subjects AS jsonb), CAST(:payload AS jsonb), :occurredAt FROM next"
            + " RETURNING seq";
    private static final String COLUMNS = "SELECT seq, id, type, subjects::text AS subjects, payload::text AS payload,"
            + " occurred_at FROM feed_events ";
    private static final String AFTER = COLUMNS + "WHERE seq > :after ORDER BY seq LIMIT :limit";
    private static final String AFTER_TYPES = COLUMNS + "WHERE seq > :after AND type = ANY(:types) ORDER BY seq"
            + " LIMIT :limit";
    private static final String BY_SEQ = COLUMNS + "WHERE seq = :seq";
    private static final String PURGE = "DELETE FROM feed_events WHERE seq IN (SELECT seq FROM feed_events"
            + " WHERE occurred_at < :cutoff ORDER BY seq LIMIT :max)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbiHandles handles;
    private final RowMapper<FeedEntry> row = (rs, ctx) -> new FeedEntry(rs.getLong("seq"),
            rs.getObject("id", UUID.class), rs.getString("type"), subjects(rs.getString("subjects")),
            rs.getString("payload"), SqlTime.read(rs, "occurred_at"));

    /** @param handles joins the caller's transaction (the outbox relay's) */
    public JdbiFeedRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public Optional<FeedEntry> append(FeedDraft draft) {
        return handles.with(h -> {
            if (h.createQuery(EXISTS).bind("id", draft.id()).mapTo(Long.class).one() > 0) {
                return Optional.empty();
            }
            long seq = h.createQuery(APPEND).bind("id", draft.id()).bind("type", draft.type())
                    .bind("subjects", json(draft.subjects())).bind("payload", draft.payloadJson())
                    .bind("occurredAt", SqlTime.at(draft.occurredAt())).mapTo(Long.class).one();
            return Optional.of(new FeedEntry(seq, draft.id(), draft.type(), draft.subjects(), draft.payloadJson(),
                    draft.occurredAt()));
        });
    }

    @Override
    public List<FeedEntry> after(long after, Set<String> types, int limit) {
        int max = Math.max(1, Math.min(1000, limit));
        return handles.with(h -> types.isEmpty()
                ? h.createQuery(AFTER).bind("after", after).bind("limit", max).map(row).list()
                : h.createQuery(AFTER_TYPES).bind("after", after).bindArray("types", String.class, List.copyOf(types))
                        .bind("limit", max).map(row).list());
    }

    @Override
    public Optional<FeedEntry> bySeq(long seq) {
        return handles.with(h -> h.createQuery(BY_SEQ).bind("seq", seq).map(row).findOne());
    }

    @Override
    public int deleteBefore(Instant cutoff, int max) {
        return handles.with(h -> h.createUpdate(PURGE).bind("cutoff", SqlTime.at(cutoff))
                .bind("max", Math.max(1, Math.min(100_000, max))).execute());
    }

    private static String json(Map<String, UUID> subjects) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(subjects));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, UUID> subjects(String text) {
        try {
            Map<String, String> raw = JSON.readValue(text, new TypeReference<Map<String, String>>() { });
            Map<String, UUID> out = new LinkedHashMap<>();
            raw.forEach((k, v) -> out.put(k, UUID.fromString(v)));
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable feed subjects", e);
        }
    }
}
