package io.ensemble.persistence.messaging;

import io.ensemble.messaging.MessageRepository.Appended;
import io.ensemble.messaging.NewMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Several members' sends in one statement and one commit (group commit; DESIGN §Patterns "Send a
 * message in one round trip", for many at once): the same rules as the one-message send CTE of
 * {@link JdbiMessageRepository}, row by row. A row whose sender is not an active, verified member
 * stores nothing; a row whose (conversation, sender, clientMessageId) is already stored is reported
 * as a duplicate and consumes no seq; the others get the next seqs of their conversation, in the
 * order given (several rows of one conversation get consecutive seqs), with one
 * {@code storedEvent} outbox row per other member not watching. Messages with attachments are not
 * batched (callers send them one by one).
 *
 * <p>Any failure of the statement (a concurrent insert of the same clientMessageId, a deadlock with
 * another node's batch) rolls the whole batch back; the caller then sends the rows one by one.
 */
final class MessageSendBatch {
    private static final String INSERTED_COLUMNS = Arrays.stream(MessageRows.COLUMNS.split(", "))
            .map(c -> "i." + c).collect(Collectors.joining(", "));
    private static final String SQL = """
            WITH p AS (
                SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[]),
                                     CAST(? AS text[]), CAST(? AS text[]), CAST(CAST(? AS text[]) AS timestamptz[]),
                                     CAST(? AS text[]))
                       WITH ORDINALITY AS p(id, conversation_id, sender_id, type, content, client_message_id,
                                            created_at, stored_event, ord)
            ), watching AS (
                SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS uuid[])) AS w(ord, user_id)
            ), dup AS (
                SELECT p.ord FROM p
                 WHERE EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = p.conversation_id
                                  AND m.sender_id = p.sender_id AND m.client_message_id = p.client_message_id)
            ), ok AS (
                SELECT p.* FROM p
                  JOIN conversation_members cm ON cm.conversation_id = p.conversation_id AND cm.user_id = p.sender_id
                  JOIN users u ON u.id = cm.user_id
                 WHERE u.status = 'ACTIVE' AND u.email_verified AND NOT EXISTS (SELECT 1 FROM dup WHERE dup.ord = p.ord)
            ), counted AS (
                SELECT conversation_id, count(*) AS n, max(created_at) AS at FROM ok GROUP BY conversation_id
            ), bump AS (
                UPDATE conversations c
                   SET last_seq = c.last_seq + counted.n, updated_at = GREATEST(c.updated_at, counted.at)
                  FROM counted
                 WHERE c.id = counted.conversation_id
             RETURNING c.id, c.last_seq
            ), numbered AS (
                SELECT ok.*, bump.last_seq - counted.n
                             + row_number() OVER (PARTITION BY ok.conversation_id ORDER BY ok.ord) AS seq
                  FROM ok JOIN counted ON counted.conversation_id = ok.conversation_id
                          JOIN bump ON bump.id = ok.conversation_id
            ), inserted AS (
                INSERT INTO messages (id, conversation_id, sender_id, type, content, attachments, seq,
                                      client_message_id, created_at)
                SELECT id, conversation_id, sender_id, type, content, '{}', seq, client_message_id, created_at
                  FROM numbered
                RETURNING\s""" + MessageRows.COLUMNS + """
            ), recipients AS (
                SELECT p.ord, cm.user_id FROM p
                  JOIN conversation_members cm ON cm.conversation_id = p.conversation_id AND cm.user_id <> p.sender_id
            ), recorded AS (
                INSERT INTO outbox (id, type, recipient_id, payload, created_at)
                SELECT gen_random_uuid(), p.stored_event, r.user_id,
                       jsonb_build_object('conversationId', i.conversation_id, 'messageId', i.id,
                                          'senderId', i.sender_id, 'seq', i.seq),
                       i.created_at
                  FROM inserted i JOIN p ON p.id = i.id JOIN recipients r ON r.ord = p.ord
                 WHERE NOT EXISTS (SELECT 1 FROM watching w WHERE w.ord = p.ord AND w.user_id = r.user_id)
            )
            SELECT p.ord, EXISTS (SELECT 1 FROM dup WHERE dup.ord = p.ord) AS duplicate, i.id IS NOT NULL AS stored,
                   """ + INSERTED_COLUMNS + """
            , ARRAY(SELECT r.user_id FROM recipients r WHERE r.ord = p.ord) AS recipients
              FROM p LEFT JOIN inserted i ON i.id = p.id
             ORDER BY p.ord""";

    /** One row to send: the message, its outbox event type and who watches its conversation on this node. */
    record Row(NewMessage message, String storedEvent, Set<UUID> watching) {
    }

    /**
     * What became of one row: {@code appended} when stored; empty and {@code duplicate} when its
     * clientMessageId was already stored; empty otherwise (the sender may not send there).
     */
    record Outcome(Optional<Appended> appended, boolean duplicate) {
    }

    private MessageSendBatch() {
    }

    /**
     * Runs the batch as one statement on {@code c} (autocommit: one commit for all rows).
     *
     * @param rows messages without attachments, at most one per (conversation, sender, clientMessageId)
     * @return one outcome per row, in order
     * @throws SQLException when the statement fails; nothing of the batch is stored then
     */
    static List<Outcome> run(Connection c, List<Row> rows) throws SQLException {
        int n = rows.size();
        UUID[] ids = new UUID[n];
        UUID[] conversations = new UUID[n];
        UUID[] senders = new UUID[n];
        String[] types = new String[n];
        String[] contents = new String[n];
        String[] clientIds = new String[n];
        String[] createdAt = new String[n];
        String[] events = new String[n];
        List<Long> watchOrd = new ArrayList<>();
        List<UUID> watchUser = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NewMessage m = rows.get(i).message();
            if (!m.attachments().isEmpty()) {
                throw new IllegalArgumentException("messages with attachments are sent one by one");
            }
            ids[i] = m.id();
            conversations[i] = m.conversationId();
            senders[i] = m.senderId();
            types[i] = m.type().name();
            contents[i] = m.content();
            clientIds[i] = m.clientMessageId().orElse(null);
            createdAt[i] = m.createdAt().toString();
            events[i] = rows.get(i).storedEvent();
            for (UUID watcher : rows.get(i).watching()) {
                watchOrd.add(i + 1L);
                watchUser.add(watcher);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setArray(1, c.createArrayOf("uuid", ids));
            ps.setArray(2, c.createArrayOf("uuid", conversations));
            ps.setArray(3, c.createArrayOf("uuid", senders));
            ps.setArray(4, c.createArrayOf("text", types));
            ps.setArray(5, c.createArrayOf("text", contents));
            ps.setArray(6, c.createArrayOf("text", clientIds));
            ps.setArray(7, c.createArrayOf("text", createdAt));
            ps.setArray(8, c.createArrayOf("text", events));
            ps.setArray(9, c.createArrayOf("bigint", watchOrd.toArray()));
            ps.setArray(10, c.createArrayOf("uuid", watchUser.toArray()));
            List<Outcome> outcomes = new ArrayList<>(n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean("stored")) {
                        outcomes.add(new Outcome(Optional.of(new Appended(MessageRows.MAPPER.map(rs, null),
                                List.of((UUID[]) rs.getArray("recipients").getArray()))), false));
                    } else {
                        outcomes.add(new Outcome(Optional.empty(), rs.getBoolean("duplicate")));
                    }
                }
            }
            if (outcomes.size() != n) {
                throw new IllegalStateException("batch send returned " + outcomes.size() + " rows for " + n);
            }
            return outcomes;
        }
    }
}
