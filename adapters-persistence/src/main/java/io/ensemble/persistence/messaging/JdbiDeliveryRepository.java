package io.ensemble.persistence.messaging;

import io.ensemble.messaging.DeliveryReceipt;
import io.ensemble.messaging.DeliveryRepository;
import io.ensemble.messaging.MessageReceipts;
import io.ensemble.persistence.database.JdbiHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link DeliveryRepository} over {@code conversation_members.last_delivered_seq}
 * (migrations/messaging/005): one statement moves the position and names the senders to tell.
 */
public final class JdbiDeliveryRepository implements DeliveryRepository {
    private static final String MARK = """
            WITH moved AS (
                UPDATE conversation_members cm
                   SET last_delivered_seq = GREATEST(cm.last_delivered_seq, LEAST(:seq, c.last_seq))
                  FROM conversations c,
                       (SELECT last_delivered_seq AS before FROM conversation_members
                         WHERE conversation_id = :conversationId AND user_id = :userId) o
                 WHERE c.id = cm.conversation_id AND cm.conversation_id = :conversationId AND cm.user_id = :userId
             RETURNING cm.last_delivered_seq, o.before)
            SELECT moved.last_delivered_seq,
                   ARRAY(SELECT DISTINCT m.sender_id FROM messages m
                          WHERE m.conversation_id = :conversationId AND m.seq > moved.before
                            AND m.seq <= moved.last_delivered_seq AND m.sender_id <> :userId) AS senders
              FROM moved""";
    private static final String RECEIPTS = """
            SELECT m.conversation_id, m.seq, cm.user_id,
                   GREATEST(cm.last_delivered_seq, cm.last_read_seq) >= m.seq AS delivered,
                   cm.last_read_seq >= m.seq AS read
              FROM messages m
              JOIN conversation_members me ON me.conversation_id = m.conversation_id AND me.user_id = :senderId
              LEFT JOIN conversation_members cm ON cm.conversation_id = m.conversation_id AND cm.user_id <> :senderId
             WHERE m.id = :messageId AND m.sender_id = :senderId
             ORDER BY cm.joined_at, cm.user_id""";

    private final JdbiHandles handles;

    /** @param handles the handle provider */
    public JdbiDeliveryRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public Optional<Delivered> markDelivered(UUID conversationId, UUID userId, long seq) {
        return handles.with(h -> h.createQuery(MARK).bind("conversationId", conversationId).bind("userId", userId)
                .bind("seq", seq).map((rs, ctx) -> new Delivered(
                        new DeliveryReceipt(conversationId, userId, rs.getLong("last_delivered_seq")),
                        List.of((UUID[]) rs.getArray("senders").getArray()))).findOne());
    }

    @Override
    public Optional<MessageReceipts> receipts(UUID messageId, UUID senderId) {
        return handles.with(h -> {
            List<MessageReceipts.Member> members = new ArrayList<>();
            UUID[] conversation = new UUID[1];
            long[] seq = new long[1];
            h.createQuery(RECEIPTS).bind("messageId", messageId).bind("senderId", senderId).map((rs, ctx) -> {
                conversation[0] = rs.getObject("conversation_id", UUID.class);
                seq[0] = rs.getLong("seq");
                UUID member = rs.getObject("user_id", UUID.class);
                if (member != null) {
                    members.add(new MessageReceipts.Member(member, rs.getBoolean("delivered"), rs.getBoolean("read")));
                }
                return member;
            }).list();
            return conversation[0] == null ? Optional.<MessageReceipts>empty()
                    : Optional.of(new MessageReceipts(messageId, conversation[0], seq[0], members));
        });
    }
}
