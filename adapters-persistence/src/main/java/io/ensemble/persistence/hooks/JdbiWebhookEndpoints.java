package io.ensemble.persistence.hooks;

import io.ensemble.feed.FeedEntry;
import io.ensemble.hooks.WebhookEndpoint;
import io.ensemble.hooks.WebhookEndpointRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import java.sql.Array;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * {@link WebhookEndpointRepository} on {@code webhook_endpoints}. The per-endpoint lease
 * ({@code leased_until}) is taken with {@code FOR UPDATE SKIP LOCKED} so two dispatchers never lease
 * the same endpoint; deliveries are enqueued with one {@code INSERT … SELECT} over the subscribed
 * endpoints.
 */
public final class JdbiWebhookEndpoints implements WebhookEndpointRepository {
    private static final String COLUMNS = "SELECT id, url, types, description, secret, enabled, disabled_reason,"
            + " failing_since, created_by, created_at, updated_at FROM webhook_endpoints ";
    private static final String INSERT = "INSERT INTO webhook_endpoints (id, url, types, description, secret, enabled,"
            + " disabled_reason, failing_since, created_by, created_at, updated_at) VALUES (:id, :url, :types,"
            + " :description, :secret, :enabled, :disabledReason, :failingSince, :createdBy, :createdAt, :updatedAt)";
    private static final String UPDATE = "UPDATE webhook_endpoints SET url = :url, types = :types,"
            + " description = :description, secret = :secret, enabled = :enabled, disabled_reason = :disabledReason,"
            + " failing_since = :failingSince, updated_at = :updatedAt WHERE id = :id";
    private static final String ENQUEUE = "INSERT INTO webhook_deliveries (id, endpoint_id, event_seq, event_id,"
            + " event_type, status, next_attempt_at, retry_until, created_at)"
            + " SELECT gen_random_uuid(), e.id, :seq, :eventId, :type, 'PENDING', :now, :retryUntil, :now"
            + " FROM webhook_endpoints e WHERE e.enabled AND (:type = ANY(e.types) OR '*' = ANY(e.types))"
            + " ON CONFLICT (endpoint_id, event_seq) DO NOTHING";
    private static final String LEASE = "UPDATE webhook_endpoints SET leased_until = :until WHERE id IN ("
            + "SELECT e.id FROM webhook_endpoints e WHERE e.enabled"
            + " AND (e.leased_until IS NULL OR e.leased_until <= :now)"
            + " AND EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.endpoint_id = e.id AND d.status = 'PENDING'"
            + " AND d.next_attempt_at <= :now) ORDER BY e.id LIMIT :max FOR UPDATE SKIP LOCKED) RETURNING id";

    private final JdbiHandles handles;
    private final RowMapper<WebhookEndpoint> row = (rs, ctx) -> new WebhookEndpoint(rs.getObject("id", UUID.class),
            rs.getString("url"), types(rs.getArray("types")), rs.getString("description"), rs.getString("secret"),
            rs.getBoolean("enabled"), Optional.ofNullable(rs.getString("disabled_reason")),
            SqlTime.readOptional(rs, "failing_since"), rs.getObject("created_by", UUID.class),
            SqlTime.read(rs, "created_at"), SqlTime.read(rs, "updated_at"));

    public JdbiWebhookEndpoints(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public void insert(WebhookEndpoint endpoint) {
        handles.use(h -> bind(h.createUpdate(INSERT), endpoint).bind("createdBy", endpoint.createdBy())
                .bind("createdAt", SqlTime.at(endpoint.createdAt())).execute());
    }

    @Override
    public boolean update(WebhookEndpoint endpoint) {
        return handles.with(h -> bind(h.createUpdate(UPDATE), endpoint).execute()) == 1;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, WebhookEndpoint e) {
        return statement.bind("id", e.id()).bind("url", e.url()).bindArray("types", String.class, List.copyOf(e.types()))
                .bind("description", e.description()).bind("secret", e.secret()).bind("enabled", e.enabled())
                .bind("disabledReason", e.disabledReason().orElse(null))
                .bind("failingSince", SqlTime.at(e.failingSince())).bind("updatedAt", SqlTime.at(e.updatedAt()));
    }

    @Override
    public Optional<WebhookEndpoint> find(UUID id) {
        return handles.with(h -> h.createQuery(COLUMNS + "WHERE id = :id").bind("id", id).map(row).findOne());
    }

    @Override
    public List<WebhookEndpoint> all() {
        return handles.with(h -> h.createQuery(COLUMNS + "ORDER BY created_at, id").map(row).list());
    }

    @Override
    public boolean delete(UUID id) {
        return handles.with(h -> h.createUpdate("DELETE FROM webhook_endpoints WHERE id = :id").bind("id", id)
                .execute()) == 1;
    }

    @Override
    public int enqueue(FeedEntry event, Instant now, Instant retryUntil) {
        return handles.with(h -> h.createUpdate(ENQUEUE).bind("seq", event.seq()).bind("eventId", event.id())
                .bind("type", event.type()).bind("now", SqlTime.at(now)).bind("retryUntil", SqlTime.at(retryUntil))
                .execute());
    }

    @Override
    public List<WebhookEndpoint> leaseDue(Instant now, Instant leaseUntil, int max) {
        List<UUID> leased = handles.with(h -> h.createQuery(LEASE).bind("until", SqlTime.at(leaseUntil))
                .bind("now", SqlTime.at(now)).bind("max", max).mapTo(UUID.class).list());
        return leased.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    @Override
    public void renewLease(UUID endpointId, Instant leaseUntil) {
        handles.use(h -> h.createUpdate("UPDATE webhook_endpoints SET leased_until = :until WHERE id = :id")
                .bind("until", SqlTime.at(leaseUntil)).bind("id", endpointId).execute());
    }

    @Override
    public void releaseLease(UUID endpointId) {
        handles.use(h -> h.createUpdate("UPDATE webhook_endpoints SET leased_until = NULL WHERE id = :id")
                .bind("id", endpointId).execute());
    }

    private static Set<String> types(Array array) throws java.sql.SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
