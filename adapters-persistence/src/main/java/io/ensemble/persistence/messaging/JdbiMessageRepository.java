package io.ensemble.persistence.messaging;

import io.ensemble.messaging.DuplicateClientMessage;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessageRepository;
import io.ensemble.messaging.NewMessage;
import io.ensemble.persistence.JdbiHandles;
import io.ensemble.persistence.SqlErrors;
import io.ensemble.persistence.SqlTime;
import io.ensemble.shared.NotFound;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link MessageRepository} on the {@code messages} table. A send is one CTE (DESIGN §Patterns):
 * the {@code UPDATE conversations SET last_seq = last_seq + 1} row lock serialises concurrent sends
 * to one conversation, so seqs are 1, 2, 3… with no gap or duplicate once the transaction commits.
 * Every method throws {@link io.ensemble.shared.ProviderUnavailable} when the database is down.
 */
public final class JdbiMessageRepository implements MessageRepository {
    private static final String APPEND = """
            WITH member AS (
                SELECT 1 FROM conversation_members WHERE conversation_id = :conversationId AND user_id = :senderId
            ), bump AS (
                UPDATE conversations
                   SET last_seq = last_seq + 1, updated_at = GREATEST(updated_at, :createdAt)
                 WHERE id = :conversationId AND EXISTS (SELECT 1 FROM member)
             RETURNING last_seq
            )
            INSERT INTO messages (id, conversation_id, sender_id, type, content, attachments, seq,
                                  client_message_id, created_at)
            SELECT :id, :conversationId, :senderId, CAST(:type AS text), CAST(:content AS text), :attachments,
                   bump.last_seq, CAST(:clientMessageId AS text), :createdAt
              FROM bump
            ON CONFLICT (conversation_id, sender_id, client_message_id) DO NOTHING
            RETURNING\s""" + MessageRows.COLUMNS;
    /**
     * A member's send in one statement (autocommit, so it is its own transaction): an active,
     * verified member bumps the seq, the message row is inserted, and one outbox row per other
     * member not watching the conversation records it; the recipients come back with the row. A duplicate clientMessageId fails
     * the whole statement (unique violation), so no seq is consumed. Positional parameters, each bound
     * once through the {@code p} row, because this statement runs on plain JDBC (the hot path of chat:
     * JDBI's per-statement argument resolution cost more CPU than the statement itself).
     */
    private static final String SEND = """
            WITH p AS (
                SELECT CAST(? AS uuid) AS id, CAST(? AS uuid) AS conversation_id, CAST(? AS uuid) AS sender_id,
                       CAST(? AS text) AS type, CAST(? AS text) AS content, CAST(? AS text[]) AS attachments,
                       CAST(? AS text) AS client_message_id, CAST(? AS timestamptz) AS created_at,
                       CAST(? AS text) AS stored_event, CAST(? AS uuid[]) AS watching
            ), member AS (
                SELECT 1 FROM p
                  JOIN conversation_members cm ON cm.conversation_id = p.conversation_id AND cm.user_id = p.sender_id
                  JOIN users u ON u.id = cm.user_id
                 WHERE u.status = 'ACTIVE' AND u.email_verified
            ), bump AS (
                UPDATE conversations c
                   SET last_seq = c.last_seq + 1, updated_at = GREATEST(c.updated_at, p.created_at)
                  FROM p
                 WHERE c.id = p.conversation_id AND EXISTS (SELECT 1 FROM member)
             RETURNING c.last_seq
            ), inserted AS (
                INSERT INTO messages (id, conversation_id, sender_id, type, content, attachments, seq,
                                      client_message_id, created_at)
                SELECT p.id, p.conversation_id, p.sender_id, p.type, p.content, p.attachments, bump.last_seq,
                       p.client_message_id, p.created_at
                  FROM p, bump
                RETURNING\s""" + MessageRows.COLUMNS + """
            ), recipients AS (
                SELECT cm.user_id FROM p
                  JOIN conversation_members cm ON cm.conversation_id = p.conversation_id AND cm.user_id <> p.sender_id
            ), recorded AS (
                INSERT INTO outbox (id, type, recipient_id, payload, created_at)
                SELECT gen_random_uuid(), p.stored_event, r.user_id,
                       jsonb_build_object('conversationId', i.conversation_id, 'messageId', i.id,
                                          'senderId', i.sender_id, 'seq', i.seq),
                       i.created_at
                  FROM inserted i CROSS JOIN recipients r CROSS JOIN p
                 WHERE r.user_id <> ALL(p.watching)
            )
            SELECT inserted.*, ARRAY(SELECT user_id FROM recipients) AS recipients FROM inserted""";
    private static final String CLIENT_ID_KEY = "messages_client_message_id_key";
    private static final String IS_MEMBER =
            "SELECT count(*) FROM conversation_members WHERE conversation_id = :conversationId AND user_id = :userId";
    private static final String BY_CLIENT_ID = "SELECT " + MessageRows.COLUMNS + " FROM messages"
            + " WHERE conversation_id = :conversationId AND sender_id = :senderId AND client_message_id = :clientMessageId";
    private static final String BY_ID = "SELECT " + MessageRows.COLUMNS + " FROM messages WHERE id = :id";
    private static final String EDIT = "UPDATE messages SET content = :content, edited_at = :at WHERE id = :id AND NOT deleted RETURNING "
            + MessageRows.COLUMNS;
    private static final String TOMBSTONE = "UPDATE messages SET content = NULL, attachments = '{}', deleted = true"
            + " WHERE id = :id RETURNING " + MessageRows.COLUMNS;
    private static final String BEFORE = "SELECT " + MessageRows.COLUMNS + " FROM messages"
            + " WHERE conversation_id = :conversationId AND seq < :seq ORDER BY seq DESC LIMIT :limit";
    private static final String AFTER = "SELECT " + MessageRows.COLUMNS + " FROM messages"
            + " WHERE conversation_id = :conversationId AND seq > :seq ORDER BY seq ASC LIMIT :limit";

    private final JdbiHandles handles;
    private final MessageWriter writer;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiMessageRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
        this.writer = new MessageWriter(handles, row -> sendNow(row.message(), row.storedEvent(), row.watching()));
    }

    /**
     * Runs the send CTE. Call it inside a transaction: when it throws {@link DuplicateClientMessage}
     * the seq it bumped must be rolled back.
     */
    @Override
    public Optional<Message> append(NewMessage m) {
        return handles.with(h -> {
            Optional<Message> stored = h.createQuery(APPEND)
                    .bind("id", m.id())
                    .bind("conversationId", m.conversationId())
                    .bind("senderId", m.senderId())
                    .bind("type", m.type().name())
                    .bind("content", m.content())
                    .bindArray("attachments", String.class, m.attachments())
                    .bind("clientMessageId", m.clientMessageId().orElse(null))
                    .bind("createdAt", SqlTime.at(m.createdAt()))
                    .map(MessageRows.MAPPER)
                    .findOne();
            if (stored.isPresent()) {
                return stored;
            }
            long member = h.createQuery(IS_MEMBER).bind("conversationId", m.conversationId())
                    .bind("userId", m.senderId()).mapTo(Long.class).one();
            if (member > 0) {
                throw new DuplicateClientMessage();
            }
            return Optional.<Message>empty();
        });
    }

    /**
     * Runs the send statement. Called outside a transaction, the message goes through the
     * {@link MessageWriter} (group commit: sends that arrive together share one statement and one
     * commit; messages with attachments go alone); inside one, it joins that transaction and a
     * duplicate aborts it.
     *
     * @throws DuplicateClientMessage on the unique (conversation, sender, clientMessageId)
     */
    @Override
    public Optional<Appended> send(NewMessage m, String storedEvent, Set<UUID> watching) {
        if (handles.inTransaction() || !m.attachments().isEmpty()) {
            return sendNow(m, storedEvent, watching);
        }
        return writer.send(new MessageSendBatch.Row(m, storedEvent, watching));
    }

    /** @return rows sent by group-commit batches of two or more so far (see {@link MessageWriter}) */
    long batchedRows() {
        return writer.batchedRows();
    }

    private Optional<Appended> sendNow(NewMessage m, String storedEvent, Set<UUID> watching) {
        try {
            return handles.with(h -> {
                try {
                    return send(h.getConnection(), m, storedEvent, watching);
                } catch (SQLException e) {
                    throw new IllegalStateException("sending a message failed", e);
                }
            });
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e, CLIENT_ID_KEY)) {
                throw new DuplicateClientMessage();
            }
            throw e;
        }
    }

    private static Optional<Appended> send(Connection c, NewMessage m, String storedEvent, Set<UUID> watching)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SEND)) {
            ps.setObject(1, m.id());
            ps.setObject(2, m.conversationId());
            ps.setObject(3, m.senderId());
            ps.setString(4, m.type().name());
            ps.setString(5, m.content());
            ps.setArray(6, c.createArrayOf("text", m.attachments().toArray()));
            ps.setString(7, m.clientMessageId().orElse(null));
            ps.setObject(8, OffsetDateTime.ofInstant(m.createdAt(), ZoneOffset.UTC));
            ps.setString(9, storedEvent);
            ps.setArray(10, c.createArrayOf("uuid", watching.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Appended(MessageRows.MAPPER.map(rs, null),
                        List.of((UUID[]) rs.getArray("recipients").getArray())));
            }
        }
    }

    @Override
    public Optional<Message> findByClientMessageId(UUID conversationId, UUID senderId, String clientMessageId) {
        return handles.with(h -> h.createQuery(BY_CLIENT_ID)
                .bind("conversationId", conversationId)
                .bind("senderId", senderId)
                .bind("clientMessageId", clientMessageId)
                .map(MessageRows.MAPPER).findOne());
    }

    @Override
    public Optional<Message> findById(UUID messageId) {
        return handles.with(h -> h.createQuery(BY_ID).bind("id", messageId).map(MessageRows.MAPPER).findOne());
    }

    /**
     * Guarded by {@code NOT deleted}, so an edit racing a delete never puts content back on a tombstone.
     *
     * @throws NotFound when the message does not exist or was deleted meanwhile
     */
    @Override
    public Message edit(UUID messageId, String content, Instant at) {
        return handles.with(h -> h.createQuery(EDIT).bind("id", messageId).bind("content", content)
                .bind("at", SqlTime.at(at)).map(MessageRows.MAPPER).findOne())
                .orElseThrow(() -> new NotFound("Message not found."));
    }

    /** @throws NotFound when the message does not exist */
    @Override
    public Message tombstone(UUID messageId, Instant at) {
        return handles.with(h -> h.createQuery(TOMBSTONE).bind("id", messageId).map(MessageRows.MAPPER).findOne())
                .orElseThrow(() -> new NotFound("Message not found."));
    }

    @Override
    public List<Message> before(UUID conversationId, long beforeSeq, int limit) {
        return page(BEFORE, conversationId, beforeSeq, limit);
    }

    @Override
    public List<Message> after(UUID conversationId, long afterSeq, int limit) {
        return page(AFTER, conversationId, afterSeq, limit);
    }

    private List<Message> page(String sql, UUID conversationId, long seq, int limit) {
        return handles.with(h -> h.createQuery(sql).bind("conversationId", conversationId).bind("seq", seq)
                .bind("limit", limit).map(MessageRows.MAPPER).list());
    }
}
