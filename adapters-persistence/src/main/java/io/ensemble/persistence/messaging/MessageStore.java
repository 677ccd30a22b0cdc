package io.ensemble.persistence.messaging;

import io.ensemble.messaging.MessageRepository.Appended;
import io.ensemble.messaging.MessagingEvent;
import io.ensemble.messaging.NewMessage;
import io.ensemble.persistence.outbox.OutboxCodec;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
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
 * The one statement that stores messages (DESIGN §Patterns "Send a message in one round trip"), for
 * one message or many at once (group commit), for members' sends and system messages alike. Row by
 * row: a sender who is not a member (or, with {@code activeSendersOnly}, not an active, verified
 * member) stores nothing; a row whose (conversation, sender, clientMessageId) is already stored is
 * reported as a duplicate and consumes no seq; the others bump their conversation's
 * {@code last_seq} and {@code updated_at} and are inserted with the next seqs, in the order given
 * (several rows of one conversation get consecutive seqs), and a row with a recipient event records
 * it in the outbox once per other member not watching (payload and type name from the
 * {@link OutboxCodec}), and once more with no recipient as {@link MessagingEvent.MessageSent} (issue 26 §1:
 * one feed event per message, metadata only). The other members come back with each stored row. The {@code UPDATE} of the
 * conversation row serialises concurrent stores to one conversation, so seqs have no gap or
 * duplicate once committed.
 *
 * <p>Plan: the rows' {@code LIMIT} is their own count, so it changes nothing but the estimate. The
 * server caches one generic plan per pooled connection, and for array parameters it assumes 10 rows;
 * with the tables' default statistics (a new database, or autovacuum off) that plan hashes whole
 * {@code messages}, {@code users} and {@code conversations} scans and keeps them while the tables grow
 * (measured: 2 ms to 30 ms per send after 20,000 messages). A {@code LIMIT} given as a parameter is
 * planned as 10 % of its input, one row, so every per-row check (duplicate, sender, recipients, the
 * seq bump) is an index lookup, as in a one-row statement.
 *
 * <p>Any failure of the statement (a concurrent insert of the same clientMessageId, a deadlock with
 * another node's batch) stores nothing of it. Positional parameters on plain JDBC: this is the hot
 * path of chat, and JDBI's per-statement argument resolution cost more CPU than the statement itself.
 */
final class MessageStore {
    private static final String INSERTED_COLUMNS = Arrays.stream(MessageRows.COLUMNS.split(", "))
            .map(c -> "i." + c).collect(Collectors.joining(", "));
    private static final String SQL = """
            WITH p AS (
                SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[]),
                                     CAST(? AS text[]), CAST(? AS text[]), CAST(CAST(? AS text[]) AS timestamptz[]),
                                     CAST(? AS text[]), CAST(? AS text[]), CAST(? AS uuid[]))
                       WITH ORDINALITY AS p(id, conversation_id, sender_id, type, content, client_message_id,
                                            created_at, event_type, event_payload, reply_to_id, ord)
                 LIMIT CAST(? AS bigint)
            ), checked AS (
                SELECT p.*,
                       EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = p.conversation_id
                                  AND m.sender_id = p.sender_id AND m.client_message_id = p.client_message_id) AS duplicate,
                       EXISTS (SELECT 1 FROM conversation_members cm JOIN users u ON u.id = cm.user_id
                                WHERE cm.conversation_id = p.conversation_id AND cm.user_id = p.sender_id
                                  AND (NOT CAST(? AS boolean) OR (u.status = 'ACTIVE' AND u.email_verified
                                       AND NOT EXISTS (""" + UserBlocks.IN_DIRECT + """
                                                       )))) AS allowed,
                       (p.reply_to_id IS NULL OR EXISTS (SELECT 1 FROM messages rm WHERE rm.id = p.reply_to_id
                                  AND rm.conversation_id = p.conversation_id)) AS reply_ok,
                       ARRAY(SELECT cm.user_id FROM conversation_members cm
                              WHERE cm.conversation_id = p.conversation_id AND cm.user_id <> p.sender_id) AS recipients
                  FROM p
            ), watching AS (
                SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS uuid[])) AS w(ord, user_id)
            ), attached AS (
                SELECT a.ord, array_agg(a.media_id ORDER BY a.pos) AS media
                  FROM unnest(CAST(? AS bigint[]), CAST(? AS text[])) WITH ORDINALITY AS a(ord, media_id, pos)
                 GROUP BY a.ord
            ), ok AS (
                SELECT * FROM checked WHERE allowed AND NOT duplicate AND reply_ok
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
                                      client_message_id, created_at, reply_to_id)
                SELECT n.id, n.conversation_id, n.sender_id, n.type, n.content, COALESCE(a.media, '{}'), n.seq,
                       n.client_message_id, n.created_at, n.reply_to_id
                  FROM numbered n LEFT JOIN attached a ON a.ord = n.ord
                RETURNING\s""" + MessageRows.COLUMNS + """
            ), recorded AS (
                INSERT INTO outbox (id, type, recipient_id, payload, created_at)
                SELECT gen_random_uuid(), c.event_type, r.user_id, CAST(c.event_payload AS jsonb), i.created_at
                  FROM inserted i JOIN checked c ON c.id = i.id CROSS JOIN LATERAL unnest(c.recipients) AS r(user_id)
                 WHERE c.event_type IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM watching w WHERE w.ord = c.ord AND w.user_id = r.user_id)
                   AND NOT EXISTS (SELECT 1 FROM conversation_members mu WHERE mu.conversation_id = i.conversation_id
                                      AND mu.user_id = r.user_id AND mu.muted_at IS NOT NULL)
            ), announced AS (
                INSERT INTO outbox (id, type, recipient_id, payload, created_at)
                SELECT gen_random_uuid(), CAST(? AS text), CAST(? AS uuid), CAST(f.payload AS jsonb), i.created_at
                  FROM inserted i JOIN checked c ON c.id = i.id
                  JOIN unnest(CAST(? AS text[])) WITH ORDINALITY AS f(payload, ord) ON f.ord = c.ord
                 WHERE f.payload IS NOT NULL
            ), mentioned AS (
                INSERT INTO outbox (id, type, recipient_id, payload, created_at)
                SELECT gen_random_uuid(), CAST(? AS text), mn.user_id, CAST(mn.payload AS jsonb), i.created_at
                  FROM unnest(CAST(? AS bigint[]), CAST(? AS uuid[]), CAST(? AS text[])) AS mn(ord, user_id, payload)
                  JOIN checked c ON c.ord = mn.ord JOIN inserted i ON i.id = c.id
                  JOIN conversations cv ON cv.id = i.conversation_id AND cv.type = 'GROUP'
                 WHERE mn.user_id = ANY (c.recipients)
            )
            SELECT c.ord, c.duplicate, c.allowed, c.reply_ok, i.id IS NOT NULL AS stored,
                   """ + INSERTED_COLUMNS + """
            , c.recipients
              FROM checked c LEFT JOIN inserted i ON i.id = c.id
             ORDER BY c.ord""";

    /**
     * One message to store.
     *
     * @param recipientEvent recorded in the outbox for every other member not in {@code watching};
     *     empty for none (system messages)
     * @param watching members who receive the message live on this node (may be empty)
     */
    record Row(NewMessage message, Optional<MessagingEvent.MessageStored> recipientEvent, Set<UUID> watching) {
    }

    /**
     * What became of one row: {@code appended} when stored; empty and {@code duplicate} when its
     * clientMessageId was already stored; empty otherwise (the sender may not store there).
     */
    record Outcome(Optional<Appended> appended, boolean duplicate, boolean badReply) {
        Outcome(Optional<Appended> appended, boolean duplicate) {
            this(appended, duplicate, false);
        }

        /** @throws ValidationFailed (field {@code replyToId}) when the row named a message of another conversation */
        Outcome requireReplyTarget() {
            if (badReply) {
                throw badReplyError();
            }
            return this;
        }
    }

    /** @return the error of a send whose replyToId is not a message of its conversation (nothing stored) */
    static ValidationFailed badReplyError() {
        return new ValidationFailed(List.of(new FieldError("replyToId", "is not a message of this conversation")));
    }

    private MessageStore() {
    }

    /**
     * Runs the statement on {@code c}: one commit for all rows on an autocommit connection, or part
     * of the transaction the connection is in.
     *
     * @param rows at most one per (conversation, sender, clientMessageId)
     * @param activeSendersOnly whether a sender must also be an active, verified user (members'
     *     sends) or only a member (system messages)
     * @return one outcome per row, in order
     * @throws SQLException when the statement fails; nothing of it is stored then
     */
    static List<Outcome> run(Connection c, List<Row> rows, boolean activeSendersOnly) throws SQLException {
        OutboxCodec codec = OutboxCodec.standard();
        int n = rows.size();
        UUID[] ids = new UUID[n];
        UUID[] conversations = new UUID[n];
        UUID[] senders = new UUID[n];
        String[] types = new String[n];
        String[] contents = new String[n];
        String[] clientIds = new String[n];
        String[] createdAt = new String[n];
        String[] eventTypes = new String[n];
        String[] eventPayloads = new String[n];
        String[] sentPayloads = new String[n];
        List<Long> watchOrd = new ArrayList<>();
        List<UUID> watchUser = new ArrayList<>();
        UUID[] replyTo = new UUID[n];
        List<Long> mentionOrd = new ArrayList<>();
        List<UUID> mentionUser = new ArrayList<>();
        List<String> mentionPayload = new ArrayList<>();
        List<Long> mediaOrd = new ArrayList<>();
        List<String> media = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            NewMessage m = row.message();
            ids[i] = m.id();
            conversations[i] = m.conversationId();
            senders[i] = m.senderId();
            types[i] = m.type().name();
            contents[i] = m.content();
            clientIds[i] = m.clientMessageId().orElse(null);
            createdAt[i] = m.createdAt().toString();
            eventTypes[i] = row.recipientEvent().map(codec::typeOf).orElse(null);
            eventPayloads[i] = row.recipientEvent().map(codec::encode).orElse(null);
            sentPayloads[i] = row.recipientEvent().isPresent() ? codec.encode(MessagingEvent.MessageSent.of(m)) : null;
            replyTo[i] = m.replyToId().orElse(null);
            if (row.recipientEvent().isPresent()) {
                for (UUID mentioned : m.mentions()) {
                    mentionOrd.add(i + 1L);
                    mentionUser.add(mentioned);
                    mentionPayload.add(codec.encode(MessagingEvent.Mentioned.of(m)));
                }
            }
            for (UUID watcher : row.watching()) {
                watchOrd.add(i + 1L);
                watchUser.add(watcher);
            }
            for (String mediaId : m.attachments()) {
                mediaOrd.add(i + 1L);
                media.add(mediaId);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            int k = 1;
            ps.setArray(k++, c.createArrayOf("uuid", ids));
            ps.setArray(k++, c.createArrayOf("uuid", conversations));
            ps.setArray(k++, c.createArrayOf("uuid", senders));
            ps.setArray(k++, c.createArrayOf("text", types));
            ps.setArray(k++, c.createArrayOf("text", contents));
            ps.setArray(k++, c.createArrayOf("text", clientIds));
            ps.setArray(k++, c.createArrayOf("text", createdAt));
            ps.setArray(k++, c.createArrayOf("text", eventTypes));
            ps.setArray(k++, c.createArrayOf("text", eventPayloads));
            ps.setArray(k++, c.createArrayOf("uuid", replyTo));
            ps.setLong(k++, n);
            ps.setBoolean(k++, activeSendersOnly);
            ps.setArray(k++, c.createArrayOf("bigint", watchOrd.toArray()));
            ps.setArray(k++, c.createArrayOf("uuid", watchUser.toArray()));
            ps.setArray(k++, c.createArrayOf("bigint", mediaOrd.toArray()));
            ps.setArray(k++, c.createArrayOf("text", media.toArray()));
            ps.setString(k++, codec.typeOf(MessagingEvent.MessageSent.of(rows.get(0).message())));
            ps.setObject(k++, io.ensemble.shared.outbox.OutboxEvent.NO_RECIPIENT);
            ps.setArray(k++, c.createArrayOf("text", sentPayloads));
            ps.setString(k++, codec.typeOf(MessagingEvent.Mentioned.of(rows.get(0).message())));
            ps.setArray(k++, c.createArrayOf("bigint", mentionOrd.toArray()));
            ps.setArray(k++, c.createArrayOf("uuid", mentionUser.toArray()));
            ps.setArray(k++, c.createArrayOf("text", mentionPayload.toArray()));
            List<Outcome> outcomes = new ArrayList<>(n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean("stored")) {
                        outcomes.add(new Outcome(Optional.of(new Appended(MessageRows.MAPPER.map(rs, null),
                                List.of((UUID[]) rs.getArray("recipients").getArray()))), false));
                    } else {
                        outcomes.add(new Outcome(Optional.empty(), rs.getBoolean("duplicate"),
                                !rs.getBoolean("duplicate") && rs.getBoolean("allowed") && !rs.getBoolean("reply_ok")));
                    }
                }
            }
            if (outcomes.size() != n) {
                throw new IllegalStateException("storing messages returned " + outcomes.size() + " rows for " + n);
            }
            return outcomes;
        }
    }
}
