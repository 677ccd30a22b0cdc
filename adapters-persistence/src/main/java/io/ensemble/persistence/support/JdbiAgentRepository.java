package io.ensemble.persistence.support;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.support.AgentRepository;
import io.ensemble.support.AgentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link AgentRepository} on {@code support_agents} (migration {@code support/001}); "away since" reads the
 * user's {@code last_seen_at}, which the realtime presence stores when their last socket closes. Joins the
 * caller's transaction.
 */
public final class JdbiAgentRepository extends JdbiRepository implements AgentRepository {
    private static final String SET = "INSERT INTO support_agents (user_id, status, status_at) VALUES (:id, :status, :at) "
            + "ON CONFLICT (user_id) DO UPDATE SET status = EXCLUDED.status, status_at = EXCLUDED.status_at "
            + "RETURNING user_id, status, status_at, open_tickets";
    private static final String FIND = "SELECT user_id, status, status_at, open_tickets FROM support_agents "
            + "WHERE user_id = :id";
    private static final String AWAY = "SELECT a.user_id FROM support_agents a JOIN users u ON u.id = a.user_id "
            + "WHERE a.status <> 'offline' AND GREATEST(a.status_at, COALESCE(u.last_seen_at, a.status_at)) <= :cutoff "
            + "ORDER BY a.user_id";
    private static final String OFFLINE = "UPDATE support_agents SET status = 'offline', status_at = :at "
            + "WHERE user_id = :id AND status <> 'offline'";
    private static final String IS_AGENT = "SELECT EXISTS (SELECT 1 FROM users WHERE id = :id AND role = 'AGENT')";
    private static final RowMapper<Agent> ROW = (rs, ctx) -> new Agent(rs.getObject("user_id", UUID.class),
            AgentStatus.parse(rs.getString("status")).orElseThrow(), SqlTime.read(rs, "status_at"),
            rs.getInt("open_tickets"));

    /** @param handles the handle provider */
    public JdbiAgentRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public Agent setStatus(UUID agentId, AgentStatus status, Instant at) {
        return handles.with(h -> h.createQuery(SET).bind("id", agentId).bind("status", status.code())
                .bind("at", SqlTime.at(at)).map(ROW).one());
    }

    @Override
    public Optional<Agent> find(UUID agentId) {
        return handles.with(h -> h.createQuery(FIND).bind("id", agentId).map(ROW).findOne());
    }

    @Override
    public List<UUID> awaySince(Instant cutoff) {
        return handles.with(h -> h.createQuery(AWAY).bind("cutoff", SqlTime.at(cutoff)).mapTo(UUID.class).list());
    }

    @Override
    public boolean isAgent(UUID userId) {
        return handles.with(h -> h.createQuery(IS_AGENT).bind("id", userId).mapTo(Boolean.class).one());
    }

    @Override
    public boolean markOffline(UUID agentId, Instant at) {
        return handles.with(h -> h.createUpdate(OFFLINE).bind("id", agentId).bind("at", SqlTime.at(at))
                .execute()) == 1;
    }
}
