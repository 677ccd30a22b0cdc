package io.ensemble.persistence.support;

import io.ensemble.persistence.database.SqlTime;
import io.ensemble.support.Ticket;
import io.ensemble.support.TicketPriority;
import io.ensemble.support.TicketStatus;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The ticket select and its row mapper: {@code first_response_at} is read from the ticket's thread (the
 * first TEXT, IMAGE or FILE message by someone other than the requester).
 */
final class TicketRows {
    static final String SELECT = "SELECT t.id, t.requester_id, t.agent_id, t.subject, t.description, t.category, "
            + "t.priority, t.status, t.conversation_id, t.created_at, t.updated_at, t.assigned_at, t.resolved_at, "
            + "t.closed_at, (SELECT min(m.created_at) FROM messages m WHERE m.conversation_id = t.conversation_id "
            + "AND m.sender_id <> t.requester_id AND m.type <> 'SYSTEM') AS first_response_at "
            + "FROM support_tickets t";

    static final RowMapper<Ticket> ROW = (rs, ctx) -> new Ticket(rs.getObject("id", UUID.class),
            rs.getObject("requester_id", UUID.class), Optional.ofNullable(rs.getObject("agent_id", UUID.class)),
            rs.getString("subject"), rs.getString("description"), Optional.ofNullable(rs.getString("category")),
            TicketPriority.parse(rs.getString("priority")).orElseThrow(),
            TicketStatus.parse(rs.getString("status")).orElseThrow(), rs.getObject("conversation_id", UUID.class),
            SqlTime.read(rs, "created_at"), SqlTime.read(rs, "updated_at"), SqlTime.readOptional(rs, "assigned_at"),
            SqlTime.readOptional(rs, "first_response_at"), SqlTime.readOptional(rs, "resolved_at"),
            SqlTime.readOptional(rs, "closed_at"));

    private TicketRows() {
    }
}
