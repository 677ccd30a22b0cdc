package io.ensemble.persistence.messaging;

import io.ensemble.messaging.ChatSocialRepository;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.Pin;
import io.ensemble.messaging.ReactionCount;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ChatSocialRepository} on {@code message_reactions}, {@code conversation_pins},
 * {@code messages.reply_to_id} and {@code conversation_members.muted_at} (issue 27). A reaction locks
 * its message row and a pin its conversation row before counting, so concurrent writers cannot pass the
 * limits together (read committed: the count after the lock sees the other's commit).
 */
public final class JdbiChatSocialRepository implements ChatSocialRepository {
    private static final String LOCK_MESSAGE = "SELECT id FROM messages WHERE id = :m FOR UPDATE";
    private static final String REACT = """
            WITH used AS (
                SELECT count(DISTINCT emoji) AS n, COALESCE(bool_or(emoji = :e), false) AS has
                  FROM message_reactions WHERE message_id = :m
            ), ins AS (
                INSERT INTO message_reactions (message_id, user_id, emoji, created_at)
                SELECT :m, :u, :e, :at FROM used WHERE used.has OR used.n < :max
                ON CONFLICT DO NOTHING RETURNING 1
            )
            SELECT (SELECT count(*) FROM ins) AS added, (SELECT has OR n < :max FROM used) AS room""";
    private static final String UNREACT =
            "DELETE FROM message_reactions WHERE message_id = :m AND user_id = :u AND emoji = :e";
    private static final String COUNT = "SELECT count(*) FROM message_reactions WHERE message_id = :m AND emoji = :e";
    private static final String REACTIONS = """
            SELECT message_id, emoji, count(*) AS n, bool_or(user_id = :viewer) AS mine, min(created_at) AS first
              FROM message_reactions WHERE message_id = ANY(:ids)
             GROUP BY message_id, emoji ORDER BY message_id, n DESC, first, emoji""";
    private static final String REPLIES = "SELECT " + MessageRows.COLUMNS + " FROM messages"
            + " WHERE reply_to_id = :parent AND seq > :seq ORDER BY seq LIMIT :limit";
    private static final String UNREAD_REPLIES = """
            SELECT count(*) FROM messages x JOIN conversation_members cm
                ON cm.conversation_id = x.conversation_id AND cm.user_id = :u
             WHERE x.reply_to_id = :parent AND x.seq > cm.last_read_seq AND x.sender_id <> :u AND NOT x.deleted""";
    private static final String LOCK_CONVERSATION = "SELECT id FROM conversations WHERE id = :c FOR UPDATE";
    private static final String PIN = """
            WITH used AS (
                SELECT count(*) AS n, COALESCE(bool_or(message_id = :m), false) AS has
                  FROM conversation_pins WHERE conversation_id = :c
            ), ins AS (
                INSERT INTO conversation_pins (conversation_id, message_id, pinned_by, pinned_at)
                SELECT :c, :m, :u, :at FROM used WHERE NOT used.has AND used.n < :max
                ON CONFLICT DO NOTHING RETURNING 1
            )
            SELECT (SELECT count(*) FROM ins) AS added, (SELECT has FROM used) AS has""";
    private static final String UNPIN = "DELETE FROM conversation_pins WHERE conversation_id = :c AND message_id = :m";
    private static final String PINS = "SELECT p.conversation_id AS p_conversation_id, p.pinned_by, p.pinned_at, "
            + MessageRows.aliased("m", "m_") + " FROM conversation_pins p JOIN messages m ON m.id = p.message_id"
            + " WHERE p.conversation_id = :c ORDER BY p.pinned_at DESC, p.message_id";
    private static final MessageRows PINNED = new MessageRows("m_");
    private static final String MUTE = "UPDATE conversation_members SET muted_at = :at"
            + " WHERE conversation_id = :c AND user_id = :u";
    private static final String MUTED = "SELECT muted_at FROM conversation_members"
            + " WHERE conversation_id = :c AND user_id = :u AND muted_at IS NOT NULL";

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiChatSocialRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public Reacted react(UUID messageId, UUID userId, String emoji, Instant at, int maxDistinct) {
        return handles.with(h -> h.inTransaction(tx -> {
            tx.createQuery(LOCK_MESSAGE).bind("m", messageId).mapTo(UUID.class).findOne();
            return tx.createQuery(REACT).bind("m", messageId).bind("u", userId).bind("e", emoji)
                    .bind("at", SqlTime.at(at)).bind("max", maxDistinct)
                    .map((rs, ctx) -> rs.getLong("added") > 0 ? Reacted.ADDED
                            : rs.getBoolean("room") ? Reacted.ALREADY : Reacted.TOO_MANY).one();
        }));
    }

    @Override
    public boolean unreact(UUID messageId, UUID userId, String emoji) {
        return handles.with(h -> h.createUpdate(UNREACT).bind("m", messageId).bind("u", userId).bind("e", emoji)
                .execute() > 0);
    }

    @Override
    public long reactionCount(UUID messageId, String emoji) {
        return handles.with(h -> h.createQuery(COUNT).bind("m", messageId).bind("e", emoji).mapTo(Long.class).one());
    }

    @Override
    public Map<UUID, List<ReactionCount>> reactions(List<UUID> messageIds, UUID viewer) {
        Map<UUID, List<ReactionCount>> out = new LinkedHashMap<>();
        handles.use(h -> h.createQuery(REACTIONS).bind("viewer", viewer)
                .bindArray("ids", UUID.class, messageIds)
                .map((rs, ctx) -> {
                    out.computeIfAbsent(rs.getObject("message_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(new ReactionCount(rs.getString("emoji"), rs.getLong("n"), rs.getBoolean("mine")));
                    return 1;
                }).list());
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    @Override
    public List<Message> replies(UUID parentId, long afterSeq, int limit) {
        return handles.with(h -> h.createQuery(REPLIES).bind("parent", parentId).bind("seq", afterSeq)
                .bind("limit", limit).map(MessageRows.MAPPER).list());
    }

    @Override
    public long unreadReplies(UUID parentId, UUID userId) {
        return handles.with(h -> h.createQuery(UNREAD_REPLIES).bind("parent", parentId).bind("u", userId)
                .mapTo(Long.class).one());
    }

    @Override
    public Pinned pin(UUID conversationId, UUID messageId, UUID userId, Instant at, int max) {
        return handles.with(h -> h.inTransaction(tx -> {
            tx.createQuery(LOCK_CONVERSATION).bind("c", conversationId).mapTo(UUID.class).findOne();
            return tx.createQuery(PIN).bind("c", conversationId).bind("m", messageId).bind("u", userId)
                    .bind("at", SqlTime.at(at)).bind("max", max)
                    .map((rs, ctx) -> rs.getLong("added") > 0 ? Pinned.ADDED
                            : rs.getBoolean("has") ? Pinned.ALREADY : Pinned.TOO_MANY).one();
        }));
    }

    @Override
    public boolean unpin(UUID conversationId, UUID messageId) {
        return handles.with(h -> h.createUpdate(UNPIN).bind("c", conversationId).bind("m", messageId).execute() > 0);
    }

    @Override
    public List<Pin> pins(UUID conversationId) {
        return handles.with(h -> h.createQuery(PINS).bind("c", conversationId)
                .map((rs, ctx) -> new Pin(rs.getObject("p_conversation_id", UUID.class), PINNED.map(rs, ctx),
                        Optional.ofNullable(rs.getObject("pinned_by", UUID.class)), SqlTime.read(rs, "pinned_at")))
                .list());
    }

    @Override
    public boolean mute(UUID conversationId, UUID userId, Optional<Instant> since) {
        return handles.with(h -> h.createUpdate(MUTE).bind("c", conversationId).bind("u", userId)
                .bind("at", SqlTime.at(since)).execute() > 0);
    }

    @Override
    public Optional<Instant> mutedSince(UUID conversationId, UUID userId) {
        return handles.with(h -> h.createQuery(MUTED).bind("c", conversationId).bind("u", userId)
                .map((rs, ctx) -> SqlTime.read(rs, "muted_at")).findOne());
    }
}
