package io.ensemble.persistence.support;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.support.Ticket;
import io.ensemble.support.TicketFilter;
import io.ensemble.support.TicketRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link TicketRepository} on {@code support_tickets} and {@code support_agents.open_tickets} (migration
 * {@code support/001}). The assignment is one statement: it locks every available agent's row in id order
 * ({@code FOR UPDATE}, materialised), so a concurrent assignment waits and then reads the counts the first
 * one committed (PostgreSQL hands a waiting {@code FOR UPDATE} the row's latest version), picks the fewest,
 * counts the ticket on that agent and assigns it. Joins the caller's transaction.
 */
public final class JdbiTicketRepository extends JdbiRepository implements TicketRepository {
    private static final String INSERT = "INSERT INTO support_tickets (id, requester_id, subject, description, "
            + "category, priority, status, conversation_id, created_at, updated_at) VALUES (:id, :requester, "
            + ":subject, :description, :category, :priority, :status, :conversation, :at, :at)";
    private static final String ASSIGN = """
            WITH locked AS MATERIALIZED (
                SELECT user_id, open_tickets FROM support_agents WHERE status = 'available'
                ORDER BY user_id FOR UPDATE
            ), pick AS (
                SELECT user_id FROM locked ORDER BY open_tickets, user_id LIMIT 1
            ), counted AS (
                UPDATE support_agents a SET open_tickets = a.open_tickets + 1 FROM pick
                WHERE a.user_id = pick.user_id RETURNING a.user_id
            )
            UPDATE support_tickets t SET agent_id = counted.user_id, status = 'assigned', assigned_at = :at,
                updated_at = :at
            FROM counted WHERE t.id = :id
            RETURNING t.agent_id""";
    private static final String NEXT_QUEUED = "SELECT id FROM support_tickets WHERE agent_id IS NULL "
            + "AND status = 'open' ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED";
    private static final String LOCK = "SELECT id FROM support_tickets WHERE id = :id FOR UPDATE";
    private static final String UPDATE = "UPDATE support_tickets SET agent_id = :agent, status = :status, "
            + "updated_at = :updatedAt, assigned_at = :assignedAt, resolved_at = :resolvedAt, closed_at = :closedAt "
            + "WHERE id = :id";
    private static final String COUNT = "INSERT INTO support_agents (user_id, status, status_at, open_tickets) "
            + "VALUES (:agent, 'offline', :at, GREATEST(:delta, 0)) ON CONFLICT (user_id) DO UPDATE "
            + "SET open_tickets = GREATEST(support_agents.open_tickets + :delta, 0)";

    /** @param handles the handle provider */
    public JdbiTicketRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public void insert(Ticket t) {
        handles.use(h -> h.createUpdate(INSERT)
                .bind("id", t.id())
                .bind("requester", t.requesterId())
                .bind("subject", t.subject())
                .bind("description", t.description())
                .bind("category", t.category().orElse(null))
                .bind("priority", t.priority().code())
                .bind("status", t.status().code())
                .bind("conversation", t.conversationId())
                .bind("at", SqlTime.at(t.createdAt()))
                .execute());
    }

    @Override
    public Optional<UUID> assignToLeastBusy(UUID ticketId, Instant at) {
        return handles.with(h -> h.createQuery(ASSIGN).bind("id", ticketId).bind("at", SqlTime.at(at))
                .mapTo(UUID.class).findOne());
    }

    @Override
    public Optional<UUID> lockNextQueued() {
        return handles.with(h -> h.createQuery(NEXT_QUEUED).mapTo(UUID.class).findOne());
    }

    @Override
    public Optional<Ticket> find(UUID ticketId) {
        return handles.with(h -> h.createQuery(TicketRows.SELECT + " WHERE t.id = :id").bind("id", ticketId)
                .map(TicketRows.ROW).findOne());
    }

    @Override
    public Optional<Ticket> lock(UUID ticketId) {
        return handles.with(h -> h.createQuery(LOCK).bind("id", ticketId).mapTo(UUID.class).findOne())
                .flatMap(this::find);
    }

    @Override
    public List<Ticket> list(TicketFilter f, Optional<Cursor> after, int max) {
        StringBuilder sql = new StringBuilder(TicketRows.SELECT).append(" WHERE ").append(switch (f.scope()) {
            case OWN -> "t.requester_id = :viewer";
            case AGENT -> "(t.agent_id = :viewer OR t.agent_id IS NULL OR t.requester_id = :viewer)";
            case ALL -> "true";
        });
        f.status().ifPresent(x -> sql.append(" AND t.status = :status"));
        f.priority().ifPresent(x -> sql.append(" AND t.priority = :priority"));
        f.assignee().ifPresent(x -> sql.append(" AND t.agent_id = :assignee"));
        if (f.unassigned()) {
            sql.append(" AND t.agent_id IS NULL");
        }
        after.ifPresent(x -> sql.append(" AND (t.created_at, t.id) < (:afterAt, :afterId)"));
        sql.append(" ORDER BY t.created_at DESC, t.id DESC LIMIT :max");
        return handles.with(h -> {
            Query q = h.createQuery(sql.toString()).bind("max", max).bind("viewer", f.viewer());
            f.status().ifPresent(v -> q.bind("status", v.code()));
            f.priority().ifPresent(v -> q.bind("priority", v.code()));
            f.assignee().ifPresent(v -> q.bind("assignee", v));
            after.ifPresent(c -> q.bind("afterAt", SqlTime.at(c.at())).bind("afterId", c.id()));
            return q.map(TicketRows.ROW).list();
        });
    }

    @Override
    public void update(Ticket before, Ticket after) {
        handles.use(h -> {
            h.createUpdate(UPDATE)
                    .bind("id", after.id())
                    .bind("agent", after.agentId().orElse(null))
                    .bind("status", after.status().code())
                    .bind("updatedAt", SqlTime.at(after.updatedAt()))
                    .bind("assignedAt", SqlTime.at(after.assignedAt()))
                    .bind("resolvedAt", SqlTime.at(after.resolvedAt()))
                    .bind("closedAt", SqlTime.at(after.closedAt()))
                    .execute();
            Optional<UUID> was = before.status().active() ? before.agentId() : Optional.empty();
            Optional<UUID> now = after.status().active() ? after.agentId() : Optional.empty();
            if (!was.equals(now)) {
                java.util.TreeMap<String, Integer> deltas = new java.util.TreeMap<>(); // uuid order, as the assignment locks
                was.ifPresent(a -> deltas.put(a.toString(), -1));
                now.ifPresent(a -> deltas.put(a.toString(), 1));
                deltas.forEach((agent, delta) -> count(h, UUID.fromString(agent), delta, after.updatedAt()));
            }
        });
    }

    private static void count(Handle h, UUID agent, int delta, Instant at) {
        h.createUpdate(COUNT).bind("agent", agent).bind("delta", delta).bind("at", SqlTime.at(at)).execute();
    }
}
