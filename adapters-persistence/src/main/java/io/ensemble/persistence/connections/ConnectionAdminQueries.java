package io.ensemble.persistence.connections;

import io.ensemble.connections.ConnectionCounts;
import io.ensemble.connections.ConnectionFilter;
import io.ensemble.connections.ConnectionRequest;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.paging.Cursor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.Query;

/**
 * The admin reads of {@code connection_requests} (issue 20 §1): every request newest first, keyset-paged over
 * {@code (created_at, id)} (index of migrations/connections/002), assembled from constant fragments, one per
 * filter present, every value bound; and one user's counts by state.
 */
final class ConnectionAdminQueries {
    private static final String FIND = "SELECT " + JdbiConnectionRepository.COLUMNS
            + " FROM connection_requests r WHERE true";
    private static final String BY_STATUS = " AND r.status = :status";
    private static final String BY_USER = " AND (r.requester_id = :userId OR r.receiver_id = :userId)";
    private static final String FROM = " AND r.created_at >= :from";
    private static final String TO = " AND r.created_at < :to";
    private static final String AFTER = " AND (r.created_at, r.id) < (:afterAt, :afterId)";
    private static final String ORDER = " ORDER BY r.created_at DESC, r.id DESC LIMIT :max";
    private static final String COUNTS = """
            SELECT count(*) FILTER (WHERE status = 'ACCEPTED') AS accepted,
                   count(*) FILTER (WHERE status = 'PENDING' AND requester_id = :userId) AS pending_sent,
                   count(*) FILTER (WHERE status = 'PENDING' AND receiver_id = :userId) AS pending_received
              FROM connection_requests WHERE requester_id = :userId OR receiver_id = :userId
            """;

    private ConnectionAdminQueries() {
    }

    static List<ConnectionRequest> findAll(JdbiHandles handles, ConnectionFilter f, Optional<Cursor> after, int max) {
        StringBuilder sql = new StringBuilder(FIND);
        f.status().ifPresent(v -> sql.append(BY_STATUS));
        f.userId().ifPresent(v -> sql.append(BY_USER));
        f.from().ifPresent(v -> sql.append(FROM));
        f.to().ifPresent(v -> sql.append(TO));
        after.ifPresent(c -> sql.append(AFTER));
        sql.append(ORDER);
        return handles.with(h -> {
            Query q = h.createQuery(sql.toString()).bind("max", max);
            f.status().ifPresent(v -> q.bind("status", v.name()));
            f.userId().ifPresent(v -> q.bind("userId", v));
            f.from().ifPresent(v -> q.bind("from", SqlTime.at(v)));
            f.to().ifPresent(v -> q.bind("to", SqlTime.at(v)));
            after.ifPresent(c -> q.bind("afterAt", SqlTime.at(c.at())).bind("afterId", c.id()));
            return q.map(JdbiConnectionRepository.REQUEST).list();
        });
    }

    static ConnectionCounts countsFor(JdbiHandles handles, UUID userId) {
        return handles.with(h -> h.createQuery(COUNTS).bind("userId", userId)
                .map((rs, ctx) -> new ConnectionCounts(rs.getLong("accepted"), rs.getLong("pending_sent"),
                        rs.getLong("pending_received")))
                .one());
    }
}
