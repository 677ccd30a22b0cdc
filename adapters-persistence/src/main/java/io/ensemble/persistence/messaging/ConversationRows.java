package io.ensemble.persistence.messaging;

import io.ensemble.messaging.Conversation;
import io.ensemble.messaging.ConversationType;
import io.ensemble.persistence.database.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code conversations} row (columns of {@link #COLUMNS}, alias {@code c}) to a {@link Conversation}. */
final class ConversationRows implements RowMapper<Conversation> {
    static final String COLUMNS =
            "c.id, c.type, c.name, c.owner_id, c.subject_type, c.subject_id, c.last_seq, c.created_at, c.updated_at";
    static final ConversationRows MAPPER = new ConversationRows();

    private ConversationRows() {
    }

    @Override
    public Conversation map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Conversation(
                rs.getObject("id", UUID.class),
                ConversationType.valueOf(rs.getString("type")),
                Optional.ofNullable(rs.getString("name")),
                Optional.ofNullable(rs.getObject("owner_id", UUID.class)),
                Optional.ofNullable(rs.getString("subject_type")),
                Optional.ofNullable(rs.getObject("subject_id", UUID.class)),
                rs.getLong("last_seq"),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "updated_at"));
    }
}
