package io.ensemble.persistence.connections;

import io.ensemble.connections.ConnectionRepository;
import io.ensemble.connections.ConnectionRequest;
import io.ensemble.connections.ConnectionStatus;
import io.ensemble.connections.PublicUser;
import io.ensemble.connections.RequestListing;
import io.ensemble.identity.Role;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlErrors;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.paging.Cursor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link ConnectionRepository} (and so {@link io.ensemble.connections.ConnectionDirectory}) on the
 * {@code connection_requests} table. The partial unique index {@code connection_requests_open_pair_key}
 * keeps one PENDING or ACCEPTED request per unordered pair, so concurrent requests cannot both win.
 * Every method throws {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiConnectionRepository extends JdbiRepository implements ConnectionRepository,
        io.ensemble.connections.ConnectionListing {
    static final String OPEN_PAIR_KEY = "connection_requests_open_pair_key";
    static final String COLUMNS =
            "r.id, r.requester_id, r.receiver_id, r.message, r.status, r.created_at, r.responded_at";
    private static final String INSERT = """
            INSERT INTO connection_requests (id, requester_id, receiver_id, message, status, created_at, responded_at)
            VALUES (:id, :requesterId, :receiverId, :message, :status, :createdAt, :respondedAt)
            """;
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM connection_requests r WHERE r.id = :id";
    private static final String OPEN_BETWEEN = "SELECT " + COLUMNS + """
             FROM connection_requests r
            WHERE LEAST(r.requester_id, r.receiver_id) = LEAST(CAST(:a AS uuid), CAST(:b AS uuid))
              AND GREATEST(r.requester_id, r.receiver_id) = GREATEST(CAST(:a AS uuid), CAST(:b AS uuid))
              AND r.status IN ('PENDING', 'ACCEPTED')
            """;
    private static final String CONNECTED = """
            SELECT EXISTS (SELECT 1 FROM connection_requests r
                            WHERE LEAST(r.requester_id, r.receiver_id) = LEAST(CAST(:a AS uuid), CAST(:b AS uuid))
                              AND GREATEST(r.requester_id, r.receiver_id) = GREATEST(CAST(:a AS uuid), CAST(:b AS uuid))
                              AND r.status = 'ACCEPTED')
            """;
    private static final String RESPOND = """
            UPDATE connection_requests SET status = :status, responded_at = :at
             WHERE id = :id AND receiver_id = :receiverId AND status = 'PENDING'
            """;
    private static final String OTHER_COLUMNS =
            ", u.id AS other_id, COALESCE(u.name, '') AS other_name, u.role AS other_role";
    private static final String PENDING_SENT = "SELECT " + COLUMNS + OTHER_COLUMNS + """
             FROM connection_requests r JOIN users u ON u.id = r.receiver_id
            WHERE r.requester_id = :userId AND r.status = 'PENDING'
            """;
    private static final String PENDING_RECEIVED = "SELECT " + COLUMNS + OTHER_COLUMNS + """
             FROM connection_requests r JOIN users u ON u.id = r.requester_id
            WHERE r.receiver_id = :userId AND r.status = 'PENDING'
            """;
    private static final String BY_CREATED_AFTER = " AND (r.created_at, r.id) < (:at, :afterId)";
    private static final String BY_CREATED = " ORDER BY r.created_at DESC, r.id DESC LIMIT :max";
    private static final String ACCEPTED = "SELECT " + COLUMNS + OTHER_COLUMNS + """
             FROM connection_requests r
             JOIN users u ON u.id = CASE WHEN r.requester_id = :userId THEN r.receiver_id ELSE r.requester_id END
            WHERE (r.requester_id = :userId OR r.receiver_id = :userId) AND r.status = 'ACCEPTED'
            """;
    private static final String BY_RESPONDED_AFTER = " AND (r.responded_at, r.id) < (:at, :afterId)";
    private static final String BY_RESPONDED = " ORDER BY r.responded_at DESC, r.id DESC LIMIT :max";

    static final RowMapper<ConnectionRequest> REQUEST = (rs, ctx) -> new ConnectionRequest(
            rs.getObject("id", UUID.class),
            rs.getObject("requester_id", UUID.class),
            rs.getObject("receiver_id", UUID.class),
            Optional.ofNullable(rs.getString("message")),
            ConnectionStatus.valueOf(rs.getString("status")),
            SqlTime.read(rs, "created_at"),
            SqlTime.readOptional(rs, "responded_at"));
    private static final RowMapper<RequestListing> LISTING = (rs, ctx) -> new RequestListing(
            REQUEST.map(rs, ctx),
            new PublicUser(rs.getObject("other_id", UUID.class), rs.getString("other_name"),
                    Role.valueOf(rs.getString("other_role"))));

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiConnectionRepository(JdbiHandles handles) {
        super(handles);
    }

    /** Inserts the request. @throws Conflict {@code CONNECTION_EXISTS} on {@code connection_requests_open_pair_key} */
    @Override
    public void insert(ConnectionRequest request) {
        try {
            handles.use(h -> h.createUpdate(INSERT)
                    .bind("id", request.id())
                    .bind("requesterId", request.requesterId())
                    .bind("receiverId", request.receiverId())
                    .bind("message", request.message().orElse(null))
                    .bind("status", request.status().name())
                    .bind("createdAt", SqlTime.at(request.createdAt()))
                    .bind("respondedAt", SqlTime.at(request.respondedAt()))
                    .execute());
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e, OPEN_PAIR_KEY)) {
                throw new Conflict("CONNECTION_EXISTS",
                        "A request between you and this user is already pending or accepted.");
            }
            throw e;
        }
    }

    /** @return the request with this id, in any state */
    @Override
    public Optional<ConnectionRequest> findById(UUID id) {
        return handles.with(h -> h.createQuery(BY_ID).bind("id", id).map(REQUEST).findOne());
    }

    /** @return the PENDING or ACCEPTED request of the unordered pair (the unique index allows one) */
    @Override
    public Optional<ConnectionRequest> findOpenBetween(UUID a, UUID b) {
        return handles.with(h -> h.createQuery(OPEN_BETWEEN).bind("a", a).bind("b", b).map(REQUEST).findOne());
    }

    /** Conditional UPDATE on {@code status = 'PENDING'} and the receiver. @return whether it moved */
    @Override
    public boolean respond(UUID requestId, UUID receiverId, ConnectionStatus next, Instant at) {
        return handles.with(h -> h.createUpdate(RESPOND)
                .bind("id", requestId)
                .bind("receiverId", receiverId)
                .bind("status", next.name())
                .bind("at", SqlTime.at(at))
                .execute()) == 1;
    }

    /** @return up to {@code max} PENDING requests the user sent, newest first */
    @Override
    public List<RequestListing> pendingSent(UUID userId, Optional<Cursor> after, int max) {
        return page(PENDING_SENT, BY_CREATED_AFTER, BY_CREATED, userId, after, max);
    }

    /** @return up to {@code max} PENDING requests the user received, newest first */
    @Override
    public List<RequestListing> pendingReceived(UUID userId, Optional<Cursor> after, int max) {
        return page(PENDING_RECEIVED, BY_CREATED_AFTER, BY_CREATED, userId, after, max);
    }

    /** @return up to {@code max} ACCEPTED requests of the user, most recently accepted first */
    @Override
    public List<RequestListing> accepted(UUID userId, Optional<Cursor> after, int max) {
        return page(ACCEPTED, BY_RESPONDED_AFTER, BY_RESPONDED, userId, after, max);
    }

    /** One indexed EXISTS query. @return whether the pair has an ACCEPTED request */
    @Override
    public boolean connected(UUID a, UUID b) {
        return handles.with(h -> h.createQuery(CONNECTED).bind("a", a).bind("b", b).mapTo(Boolean.class).one());
    }

    /** One indexed EXISTS over {@code user_blocks}, both directions. */
    @Override
    public boolean blockedEitherWay(UUID a, UUID b) {
        return handles.with(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM user_blocks"
                + " WHERE (blocker_id = :a AND blocked_id = :b) OR (blocker_id = :b AND blocked_id = :a))")
                .bind("a", a).bind("b", b).mapTo(Boolean.class).one());
    }

    private List<RequestListing> page(String select, String afterClause, String order, UUID userId,
                                      Optional<Cursor> after, int max) {
        return handles.with(h -> {
            Query q = h.createQuery(select + (after.isPresent() ? afterClause : "") + order)
                    .bind("userId", userId)
                    .bind("max", max);
            after.ifPresent(c -> q.bind("at", SqlTime.at(c.at())).bind("afterId", c.id()));
            return q.map(LISTING).list();
        });
    }

    /** The admin list ({@link io.ensemble.connections.ConnectionListing}); SQL in {@link ConnectionAdminQueries}. */
    @Override
    public List<ConnectionRequest> findAll(io.ensemble.connections.ConnectionFilter filter,
                                           Optional<io.ensemble.shared.paging.Cursor> after, int max) {
        return ConnectionAdminQueries.findAll(handles, filter, after, max);
    }

    /** @return the user's request counts by state, in one statement */
    @Override
    public io.ensemble.connections.ConnectionCounts countsFor(UUID userId) {
        return ConnectionAdminQueries.countsFor(handles, userId);
    }
}
