package io.ensemble.persistence.hooks;

import io.ensemble.hooks.Attempt;
import io.ensemble.hooks.DeliveryStatus;
import io.ensemble.hooks.WebhookDelivery;
import io.ensemble.hooks.WebhookDeliveryRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** {@link WebhookDeliveryRepository} on {@code webhook_deliveries} (issue 26 §2). */
public final class JdbiWebhookDeliveries implements WebhookDeliveryRepository {
    private static final String COLUMNS = "SELECT id, endpoint_id, event_seq, event_id, event_type, status, attempts,"
            + " response_code, duration_ms, error, next_attempt_at, retry_until, created_at, last_attempt_at"
            + " FROM webhook_deliveries ";
    private static final String NEXT_DUE = COLUMNS + "WHERE endpoint_id = :endpointId AND status = 'PENDING'"
            + " AND next_attempt_at <= :now ORDER BY event_seq LIMIT 1";
    private static final String ATTEMPT = "UPDATE webhook_deliveries SET status = :status, attempts = attempts + 1,"
            + " response_code = :code, duration_ms = :duration, error = :error, last_attempt_at = :at,"
            + " next_attempt_at = :next WHERE id = :id";
    private static final String PAGE = COLUMNS + "WHERE endpoint_id = :endpointId ORDER BY created_at DESC, id DESC"
            + " LIMIT :limit";
    private static final String PAGE_AFTER = COLUMNS + "WHERE endpoint_id = :endpointId AND (created_at, id) <"
            + " (:at, :lastId) ORDER BY created_at DESC, id DESC LIMIT :limit";
    private static final String REDELIVER = "UPDATE webhook_deliveries SET status = 'PENDING', next_attempt_at = :now,"
            + " retry_until = :retryUntil WHERE id = :id";

    private final JdbiHandles handles;
    private final RowMapper<WebhookDelivery> row = (rs, ctx) -> new WebhookDelivery(rs.getObject("id", UUID.class),
            rs.getObject("endpoint_id", UUID.class), rs.getLong("event_seq"), rs.getObject("event_id", UUID.class),
            rs.getString("event_type"), DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
            Optional.ofNullable(rs.getObject("response_code", Integer.class)),
            Optional.ofNullable(rs.getObject("duration_ms", Long.class)), Optional.ofNullable(rs.getString("error")),
            SqlTime.readOptional(rs, "next_attempt_at"), SqlTime.read(rs, "retry_until"),
            SqlTime.read(rs, "created_at"), SqlTime.readOptional(rs, "last_attempt_at"));

    public JdbiWebhookDeliveries(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public Optional<WebhookDelivery> nextDue(UUID endpointId, Instant now) {
        return handles.with(h -> h.createQuery(NEXT_DUE).bind("endpointId", endpointId).bind("now", SqlTime.at(now))
                .map(row).findOne());
    }

    @Override
    public void recordAttempt(UUID deliveryId, DeliveryStatus status, Attempt attempt, Instant at,
                              Optional<Instant> nextAttemptAt) {
        handles.use(h -> h.createUpdate(ATTEMPT).bind("status", status.name())
                .bind("code", attempt.responseCode().orElse(null)).bind("duration", attempt.durationMs())
                .bind("error", attempt.error().orElse(null)).bind("at", SqlTime.at(at))
                .bind("next", SqlTime.at(nextAttemptAt)).bind("id", deliveryId).execute());
    }

    @Override
    public List<WebhookDelivery> page(UUID endpointId, PageRequest page) {
        int limit = page.limit() + 1;
        return handles.with(h -> {
            if (page.cursor().isEmpty()) {
                return h.createQuery(PAGE).bind("endpointId", endpointId).bind("limit", limit).map(row).list();
            }
            Cursor cursor = Cursor.decode(page.cursor().get());
            return h.createQuery(PAGE_AFTER).bind("endpointId", endpointId).bind("at", SqlTime.at(cursor.at()))
                    .bind("lastId", cursor.id()).bind("limit", limit).map(row).list();
        });
    }

    @Override
    public Optional<WebhookDelivery> find(UUID endpointId, UUID deliveryId) {
        return handles.with(h -> h.createQuery(COLUMNS + "WHERE id = :id AND endpoint_id = :endpointId")
                .bind("id", deliveryId).bind("endpointId", endpointId).map(row).findOne());
    }

    @Override
    public void redeliver(UUID deliveryId, Instant now, Instant retryUntil) {
        handles.use(h -> h.createUpdate(REDELIVER).bind("now", SqlTime.at(now)).bind("retryUntil", SqlTime.at(retryUntil))
                .bind("id", deliveryId).execute());
    }
}
