package io.ensemble.persistence.messaging;

import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessageType;
import io.ensemble.persistence.database.SqlTime;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps {@code messages} columns (optionally prefixed, for joins) to a {@link Message}. */
final class MessageRows implements RowMapper<Message> {
    static final String COLUMNS =
            "id, conversation_id, sender_id, type, content, attachments, seq, client_message_id, created_at, edited_at,"
                    + " deleted, reply_to_id";
    static final MessageRows MAPPER = new MessageRows("");

    private final String prefix;

    /** @param prefix prepended to every column label, e.g. {@code lm_} */
    MessageRows(String prefix) {
        this.prefix = prefix;
    }

    /** @return the columns of alias {@code alias} renamed with {@code prefix}, for a SELECT list */
    static String aliased(String alias, String prefix) {
        StringBuilder out = new StringBuilder();
        for (String column : COLUMNS.split(", ")) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(alias).append('.').append(column).append(" AS ").append(prefix).append(column);
        }
        return out.toString();
    }

    @Override
    public Message map(ResultSet rs, StatementContext ctx) throws SQLException {
        Array array = rs.getArray(prefix + "attachments");
        List<String> attachments = array == null ? List.of() : List.of((String[]) array.getArray());
        return new Message(
                rs.getObject(prefix + "id", UUID.class),
                rs.getObject(prefix + "conversation_id", UUID.class),
                rs.getObject(prefix + "sender_id", UUID.class),
                MessageType.valueOf(rs.getString(prefix + "type")),
                Optional.ofNullable(rs.getString(prefix + "content")),
                attachments,
                rs.getLong(prefix + "seq"),
                Optional.ofNullable(rs.getString(prefix + "client_message_id")),
                SqlTime.read(rs, prefix + "created_at"),
                SqlTime.readOptional(rs, prefix + "edited_at"),
                rs.getBoolean(prefix + "deleted"),
                Optional.ofNullable(rs.getObject(prefix + "reply_to_id", UUID.class)));
    }
}
