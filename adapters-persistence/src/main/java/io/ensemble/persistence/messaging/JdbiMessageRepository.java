package io.ensemble.persistence.messaging;

import io.ensemble.messaging.DuplicateClientMessage;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessageRepository;
import io.ensemble.messaging.MessagingEvent;
import io.ensemble.messaging.NewMessage;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlErrors;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.errors.NotFound;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link MessageRepository} on the {@code messages} table. Members' sends and system messages are
 * stored by the one statement of {@link MessageStore} (DESIGN §Patterns "Send a message in one round
 * trip"); members' sends outside a transaction are grouped by the {@link MessageWriter}. Every
 * method throws {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiMessageRepository implements MessageRepository {
    private static final String CLIENT_ID_KEY = "messages_client_message_id_key";
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
        this.writer = new MessageWriter(handles, row -> storeNow(row, true));
    }

    /**
     * Runs the store statement for a system message, joining the caller's transaction.
     *
     * @throws DuplicateClientMessage when the sender already stored this clientMessageId here
     */
    @Override
    public Optional<Message> append(NewMessage m) {
        return storeNow(new MessageStore.Row(m, Optional.empty(), Set.of()), false).map(Appended::message);
    }

    /**
     * Runs the store statement for a member's send. Called outside a transaction, the message goes
     * through the {@link MessageWriter} (group commit: sends that arrive together share one statement
     * and one commit); inside one, it joins that transaction.
     *
     * @throws DuplicateClientMessage on the unique (conversation, sender, clientMessageId)
     */
    @Override
    public Optional<Appended> send(NewMessage m, MessagingEvent.MessageStored recipientEvent, Set<UUID> watching) {
        MessageStore.Row row = new MessageStore.Row(m, Optional.of(recipientEvent), watching);
        return handles.inTransaction() ? storeNow(row, true) : writer.send(row);
    }

    /** @return rows sent by group-commit batches of two or more so far (see {@link MessageWriter}) */
    long batchedRows() {
        return writer.batchedRows();
    }

    private Optional<Appended> storeNow(MessageStore.Row row, boolean activeSendersOnly) {
        MessageStore.Outcome outcome;
        try {
            outcome = handles.with(h -> {
                try {
                    return MessageStore.run(h.getConnection(), List.of(row), activeSendersOnly).get(0);
                } catch (SQLException e) {
                    throw new IllegalStateException("storing a message failed", e);
                }
            });
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e, CLIENT_ID_KEY)) {
                throw new DuplicateClientMessage();
            }
            throw e;
        }
        if (outcome.duplicate()) {
            throw new DuplicateClientMessage();
        }
        return outcome.requireReplyTarget().appended();
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
