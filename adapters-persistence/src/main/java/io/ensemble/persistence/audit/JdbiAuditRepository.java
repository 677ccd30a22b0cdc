package io.ensemble.persistence.audit;

import io.ensemble.audit.AuditFilter;
import io.ensemble.audit.AuditRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditRecord;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.paging.Cursor;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link AuditRepository} on the {@code audit_records} table (migration {@code audit/001}). The table
 * refuses UPDATE, TRUNCATE and any DELETE but this class's retention purge, which names its cutoff in
 * the transaction-local setting {@code ensemble.audit_purge_before} that the table's trigger checks.
 * Throws {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiAuditRepository implements AuditRepository {
    private static final String COLUMNS = "id, actor_id, action, target_type, target_id, client_address, request_id, "
            + "changed_fields, values_before, values_after, occurred_at";
    private static final String INSERT = "INSERT INTO audit_records (" + COLUMNS + ") VALUES (:id, "
            + "CAST(:actorId AS uuid), :action, :targetType, :targetId, :clientAddress, :requestId, "
            + ":fields, :before, :after, :at)";
    private static final String FIND = "SELECT " + COLUMNS + " FROM audit_records WHERE true";
    private static final String BY_ACTOR = " AND actor_id = :actorId";
    private static final String BY_ACTION = " AND action = :action";
    private static final String BY_TARGET_TYPE = " AND target_type = :targetType";
    private static final String BY_TARGET_ID = " AND target_id = :targetId";
    private static final String FROM = " AND occurred_at >= :from";
    private static final String TO = " AND occurred_at < :to";
    private static final String AFTER = " AND (occurred_at, id) < (:afterAt, :afterId)";
    private static final String ORDER = " ORDER BY occurred_at DESC, id DESC LIMIT :max";
    private static final String PURGE_SETTING = "SELECT set_config('ensemble.audit_purge_before', :cutoff, true)";
    private static final String PURGE = "DELETE FROM audit_records WHERE occurred_at < :cutoff";

    private static final RowMapper<AuditRecord> ROW = (rs, ctx) -> row(rs);

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiAuditRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    /** Inserts the record as one row; its changes go to three aligned arrays. */
    @Override
    public void append(AuditRecord r) {
        List<String> fields = new ArrayList<>();
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (FieldChange c : r.changes()) {
            fields.add(c.field());
            before.add(c.before().orElse(null));
            after.add(c.after().orElse(null));
        }
        handles.use(h -> h.createUpdate(INSERT)
                .bind("id", r.id())
                .bind("actorId", r.actorId().orElse(null))
                .bind("action", r.action().code())
                .bind("targetType", r.target().map(AuditTarget::type).orElse(null))
                .bind("targetId", r.target().map(AuditTarget::id).orElse(null))
                .bind("clientAddress", r.clientAddress().orElse(null))
                .bind("requestId", r.requestId().orElse(null))
                .bindArray("fields", String.class, fields)
                .bindArray("before", String.class, before)
                .bindArray("after", String.class, after)
                .bind("at", SqlTime.at(r.occurredAt()))
                .execute());
    }

    /** @return up to {@code max} matching records, newest first, strictly after the cursor */
    @Override
    public List<AuditRecord> find(AuditFilter f, Optional<Cursor> after, int max) {
        StringBuilder sql = new StringBuilder(FIND);
        f.actorId().ifPresent(x -> sql.append(BY_ACTOR));
        f.action().ifPresent(x -> sql.append(BY_ACTION));
        f.targetType().ifPresent(x -> sql.append(BY_TARGET_TYPE));
        f.targetId().ifPresent(x -> sql.append(BY_TARGET_ID));
        f.from().ifPresent(x -> sql.append(FROM));
        f.to().ifPresent(x -> sql.append(TO));
        after.ifPresent(x -> sql.append(AFTER));
        sql.append(ORDER);
        return handles.with(h -> {
            Query q = h.createQuery(sql.toString()).bind("max", max);
            f.actorId().ifPresent(v -> q.bind("actorId", v));
            f.action().ifPresent(v -> q.bind("action", v.code()));
            f.targetType().ifPresent(v -> q.bind("targetType", v));
            f.targetId().ifPresent(v -> q.bind("targetId", v));
            f.from().ifPresent(v -> q.bind("from", SqlTime.at(v)));
            f.to().ifPresent(v -> q.bind("to", SqlTime.at(v)));
            after.ifPresent(c -> q.bind("afterAt", SqlTime.at(c.at())).bind("afterId", c.id()));
            return q.map(ROW).list();
        });
    }

    /**
     * Deletes every row older than {@code cutoff} in one transaction (joining the caller's when there
     * is one) that names the cutoff to the table's trigger for this one statement.
     *
     * @return how many rows were deleted
     * @throws org.jdbi.v3.core.statement.UnableToExecuteStatementException when the cutoff is less
     *     than a day in the past (the trigger refuses it)
     */
    @Override
    public int purgeBefore(Instant cutoff) {
        return handles.with(h -> h.inTransaction(tx -> {
            tx.createQuery(PURGE_SETTING).bind("cutoff", cutoff.toString()).mapTo(String.class).one();
            int purged = tx.createUpdate(PURGE).bind("cutoff", SqlTime.at(cutoff)).execute();
            tx.createQuery(PURGE_SETTING).bind("cutoff", "").mapTo(String.class).one();
            return purged;
        }));
    }

    private static AuditRecord row(ResultSet rs) throws SQLException {
        String action = rs.getString("action");
        String targetType = rs.getString("target_type");
        return new AuditRecord(
                rs.getObject("id", UUID.class),
                Optional.ofNullable(rs.getObject("actor_id", UUID.class)),
                AuditAction.parse(action).orElseThrow(() -> new SQLException("Unknown audit action " + action)),
                targetType == null ? Optional.empty()
                        : Optional.of(new AuditTarget(targetType, rs.getString("target_id"))),
                Optional.ofNullable(rs.getString("client_address")),
                Optional.ofNullable(rs.getString("request_id")),
                changes(rs),
                SqlTime.read(rs, "occurred_at"));
    }

    private static List<FieldChange> changes(ResultSet rs) throws SQLException {
        String[] fields = strings(rs.getArray("changed_fields"));
        String[] before = strings(rs.getArray("values_before"));
        String[] after = strings(rs.getArray("values_after"));
        List<FieldChange> changes = new ArrayList<>(fields.length);
        for (int i = 0; i < fields.length; i++) {
            changes.add(new FieldChange(fields[i], Optional.ofNullable(before[i]), Optional.ofNullable(after[i])));
        }
        return changes;
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
