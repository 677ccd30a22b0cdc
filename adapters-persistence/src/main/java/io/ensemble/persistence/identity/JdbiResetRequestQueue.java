package io.ensemble.persistence.identity;

import io.ensemble.identity.QueuedResetRequest;
import io.ensemble.identity.ResetRequestQueue;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link ResetRequestQueue} on {@code password_reset_requests} (issue 28 §4). Claiming is one
 * statement: due rows are picked with {@code FOR UPDATE SKIP LOCKED} and their due time moved past
 * the lease, so two nodes never mail the same request at once.
 */
public final class JdbiResetRequestQueue extends JdbiRepository implements ResetRequestQueue {
    private static final String INSERT = "INSERT INTO password_reset_requests (id, email, attempts, requested_at, "
            + "next_attempt_at) VALUES (:id, :email, :attempts, :requestedAt, :requestedAt)";
    // RETURNING keeps no order: the claimed rows are sorted afterwards by when they were due, then by
    // request time (two leases taken together expire together; the older request goes first).
    private static final String CLAIM = "WITH claimed AS (UPDATE password_reset_requests r "
            + "SET next_attempt_at = :leaseEnd "
            + "FROM (SELECT id, next_attempt_at AS due_at FROM password_reset_requests WHERE next_attempt_at <= :now "
            + "ORDER BY next_attempt_at, requested_at, id LIMIT :max FOR UPDATE SKIP LOCKED) due WHERE r.id = due.id "
            + "RETURNING r.id, r.email, r.attempts, r.requested_at, due.due_at) "
            + "SELECT id, email, attempts, requested_at FROM claimed ORDER BY due_at, requested_at, id";
    private static final String RETRY = "UPDATE password_reset_requests SET attempts = :attempts, "
            + "next_attempt_at = :next WHERE id = :id";
    private static final String DELETE = "DELETE FROM password_reset_requests WHERE id = :id";
    private static final RowMapper<QueuedResetRequest> ROW = (rs, ctx) -> new QueuedResetRequest(
            rs.getObject("id", UUID.class), rs.getString("email"), rs.getInt("attempts"),
            SqlTime.read(rs, "requested_at"));

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiResetRequestQueue(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public void enqueue(QueuedResetRequest r) {
        handles.use(h -> h.createUpdate(INSERT).bind("id", r.id()).bind("email", r.email())
                .bind("attempts", r.attempts()).bind("requestedAt", SqlTime.at(r.requestedAt())).execute());
    }

    /** @return the claimed requests, oldest due first (ties: oldest request first) */
    @Override
    public List<QueuedResetRequest> claimDue(Instant now, Duration lease, int max) {
        return handles.with(h -> h.createQuery(CLAIM).bind("now", SqlTime.at(now))
                .bind("leaseEnd", SqlTime.at(now.plus(lease))).bind("max", max).map(ROW).list());
    }

    @Override
    public void retryLater(UUID id, int attempts, Instant nextAttemptAt) {
        handles.use(h -> h.createUpdate(RETRY).bind("id", id).bind("attempts", attempts)
                .bind("next", SqlTime.at(nextAttemptAt)).execute());
    }

    @Override
    public void remove(UUID id) {
        handles.use(h -> h.createUpdate(DELETE).bind("id", id).execute());
    }
}
