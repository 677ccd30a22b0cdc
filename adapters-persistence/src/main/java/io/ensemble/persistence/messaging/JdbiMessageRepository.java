package io.ensemble.persistence.messaging;

import io.ensemble.messaging.DuplicateClientMessage;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessageRepository;
import io.ensemble.messaging.NewMessage;
import io.ensemble.persistence.JdbiHandles;
import io.ensemble.persistence.SqlTime;
import io.ensemble.shared.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiMessageRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
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
