package io.ensemble.persistence.messaging;

import io.ensemble.messaging.Conversation;
import io.ensemble.messaging.ConversationRepository;
import io.ensemble.messaging.ConversationSummary;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.Participant;
import io.ensemble.messaging.ReadReceipt;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * {@link ConversationRepository} on {@code conversations} and {@code conversation_members}. A DIRECT
 * conversation is unique per unordered pair through the partial unique index
 * {@code conversations_direct_pair_key} on {@code (LEAST, GREATEST)} of the two user ids, so
 * concurrent get-or-create calls converge on one row. Every method throws
 * {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiConversationRepository implements ConversationRepository {
    private static final String INSERT_DIRECT = """
            INSERT INTO conversations (id, type, direct_low, direct_high, last_seq, created_at, updated_at)
            VALUES (:id, 'DIRECT', LEAST(CAST(:a AS uuid), CAST(:b AS uuid)), GREATEST(CAST(:a AS uuid), CAST(:b AS uuid)),
                    0, :now, :now)
            ON CONFLICT (direct_low, direct_high) WHERE type = 'DIRECT' DO NOTHING
            RETURNING id
            """;
    private static final String DIRECT_BY_PAIR = "SELECT " + ConversationRows.COLUMNS + " FROM conversations c"
            + " WHERE c.type = 'DIRECT' AND c.direct_low = LEAST(CAST(:a AS uuid), CAST(:b AS uuid))"
            + " AND c.direct_high = GREATEST(CAST(:a AS uuid), CAST(:b AS uuid))";
    private static final String INSERT_GROUP = """
            INSERT INTO conversations (id, type, name, owner_id, subject_type, subject_id, last_seq, created_at, updated_at)
            VALUES (:id, 'GROUP', :name, :ownerId, :subjectType, CAST(:subjectId AS uuid), 0, :createdAt, :updatedAt)
            """;
    private static final String ADD_MEMBER = """
            INSERT INTO conversation_members (conversation_id, user_id, last_read_seq, joined_at)
            VALUES (:conversationId, :userId, 0, :at)
            ON CONFLICT (conversation_id, user_id) DO NOTHING
            """;
    private static final String REMOVE_MEMBER =
            "DELETE FROM conversation_members WHERE conversation_id = :conversationId AND user_id = :userId";
    private static final String FOR_MEMBER = "SELECT " + ConversationRows.COLUMNS + " FROM conversations c"
            + " JOIN conversation_members cm ON cm.conversation_id = c.id AND cm.user_id = :userId"
            + " WHERE c.id = :conversationId";
    private static final String PARTNERS = """
            SELECT DISTINCT other.user_id
              FROM conversation_members mine
              JOIN conversation_members other ON other.conversation_id = mine.conversation_id
             WHERE mine.user_id = :userId AND other.user_id <> :userId
            """;
    private static final String MEMBERS = """
            SELECT cm.conversation_id, cm.user_id, COALESCE(u.name, '') AS name, cm.last_read_seq
              FROM conversation_members cm
              JOIN users u ON u.id = cm.user_id
             WHERE cm.conversation_id = ANY(:ids)
             ORDER BY cm.joined_at, cm.user_id
            """;
    private static final String UNREAD_EXPR = "(SELECT count(*) FROM messages x WHERE x.conversation_id = cm.conversation_id"
            + " AND x.seq > cm.last_read_seq AND x.sender_id <> cm.user_id AND NOT x.deleted)";
    private static final String LIST = "SELECT " + ConversationRows.COLUMNS + ", " + UNREAD_EXPR + " AS unread, "
            + MessageRows.aliased("lm", "lm_")
            + " FROM conversation_members cm"
            + " JOIN conversations c ON c.id = cm.conversation_id"
            + " LEFT JOIN messages lm ON lm.conversation_id = c.id AND lm.seq = c.last_seq"
            + " WHERE cm.user_id = :userId";
    private static final String LIST_AFTER_CURSOR = " AND (c.updated_at, c.id) < (:at, :cursorId)";
    private static final String LIST_ORDER = " ORDER BY c.updated_at DESC, c.id DESC LIMIT :limit";
    private static final String MARK_READ = """
            UPDATE conversation_members cm SET last_read_seq = GREATEST(cm.last_read_seq, :seq)
             WHERE cm.conversation_id = :conversationId AND cm.user_id = :userId
            RETURNING cm.last_read_seq,\s""" + UNREAD_EXPR + " AS unread";
    private static final String UNREAD = "SELECT " + UNREAD_EXPR + " FROM conversation_members cm"
            + " WHERE cm.conversation_id = :conversationId AND cm.user_id = :userId";
    private static final MessageRows LAST_MESSAGE = new MessageRows("lm_");

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiConversationRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    /** Insert-or-nothing on the pair index, then both members; call inside a transaction. */
    @Override
    public Conversation getOrCreateDirect(Conversation candidate, UUID a, UUID b) {
        return handles.with(h -> {
            Optional<UUID> inserted = h.createQuery(INSERT_DIRECT)
                    .bind("id", candidate.id()).bind("a", a).bind("b", b)
                    .bind("now", SqlTime.at(candidate.createdAt()))
                    .mapTo(UUID.class).findOne();
            if (inserted.isPresent()) {
                addMember(h, inserted.get(), a, candidate.createdAt());
                addMember(h, inserted.get(), b, candidate.createdAt());
            }
            return h.createQuery(DIRECT_BY_PAIR).bind("a", a).bind("b", b).map(ConversationRows.MAPPER).one();
        });
    }

    @Override
    public void createGroup(Conversation group) {
        handles.use(h -> h.createUpdate(INSERT_GROUP)
                .bind("id", group.id())
                .bind("name", group.name().orElseThrow())
                .bind("ownerId", group.ownerId().orElseThrow())
                .bind("subjectType", group.subjectType().orElse(null))
                .bind("subjectId", group.subjectId().orElse(null))
                .bind("createdAt", SqlTime.at(group.createdAt()))
                .bind("updatedAt", SqlTime.at(group.updatedAt()))
                .execute());
    }

    @Override
    public boolean addMember(UUID conversationId, UUID userId, Instant at) {
        return handles.with(h -> addMember(h, conversationId, userId, at));
    }

    private static boolean addMember(Handle h, UUID conversationId, UUID userId, Instant at) {
        return h.createUpdate(ADD_MEMBER).bind("conversationId", conversationId).bind("userId", userId)
                .bind("at", SqlTime.at(at)).execute() == 1;
    }

    @Override
    public boolean removeMember(UUID conversationId, UUID userId) {
        return handles.with(h -> h.createUpdate(REMOVE_MEMBER).bind("conversationId", conversationId)
                .bind("userId", userId).execute()) == 1;
    }

    @Override
    public Optional<Conversation> findForMember(UUID conversationId, UUID userId) {
        return handles.with(h -> h.createQuery(FOR_MEMBER).bind("conversationId", conversationId)
                .bind("userId", userId).map(ConversationRows.MAPPER).findOne());
    }

    @Override
    public List<Participant> members(UUID conversationId) {
        return handles.with(h -> members(h, List.of(conversationId))).getOrDefault(conversationId, List.of());
    }

    private static Map<UUID, List<Participant>> members(Handle h, List<UUID> conversationIds) {
        Map<UUID, List<Participant>> out = new HashMap<>();
        h.createQuery(MEMBERS).bindArray("ids", UUID.class, conversationIds)
                .map((rs, ctx) -> {
                    out.computeIfAbsent(rs.getObject("conversation_id", UUID.class), k -> new ArrayList<>())
                            .add(new Participant(rs.getObject("user_id", UUID.class), rs.getString("name"),
                                    rs.getLong("last_read_seq")));
                    return 0;
                }).list();
        return out;
    }

    /** Two queries: the page (with unread counts and last messages) and the members of its conversations. */
    @Override
    public Page<ConversationSummary> listForMember(UUID userId, PageRequest page) {
        Optional<Cursor> cursor = page.cursor().map(Cursor::decode);
        return handles.with(h -> {
            var query = h.createQuery(LIST + (cursor.isPresent() ? LIST_AFTER_CURSOR : "") + LIST_ORDER)
                    .bind("userId", userId).bind("limit", page.limit() + 1);
            cursor.ifPresent(c -> query.bind("at", SqlTime.at(c.at())).bind("cursorId", c.id()));
            List<Row> rows = query.map((rs, ctx) -> new Row(ConversationRows.MAPPER.map(rs, ctx), rs.getLong("unread"),
                    rs.getObject("lm_id") == null ? Optional.<Message>empty() : Optional.of(LAST_MESSAGE.map(rs, ctx))))
                    .list();
            Map<UUID, List<Participant>> members = rows.isEmpty() ? Map.of()
                    : members(h, rows.stream().map(r -> r.conversation().id()).toList());
            List<ConversationSummary> summaries = rows.stream().map(r -> new ConversationSummary(r.conversation(),
                    members.getOrDefault(r.conversation().id(), List.of()), r.lastMessage(), r.unread())).toList();
            return Page.fromOverfetch(summaries, page.limit(),
                    s -> new Cursor(s.conversation().updatedAt(), s.conversation().id()).encode());
        });
    }

    private record Row(Conversation conversation, long unread, Optional<Message> lastMessage) {
    }

    @Override
    public Optional<ReadReceipt> markRead(UUID conversationId, UUID userId, long seq) {
        return handles.with(h -> h.createQuery(MARK_READ).bind("conversationId", conversationId)
                .bind("userId", userId).bind("seq", seq)
                .map((rs, ctx) -> new ReadReceipt(conversationId, userId, rs.getLong("last_read_seq"), rs.getLong("unread")))
                .findOne());
    }

    /** @return 0 when {@code userId} is not a member */
    @Override
    public long unreadCount(UUID conversationId, UUID userId) {
        return handles.with(h -> h.createQuery(UNREAD).bind("conversationId", conversationId)
                .bind("userId", userId).mapTo(Long.class).findOne()).orElse(0L);
    }

    @Override
    public List<UUID> partnerIds(UUID userId) {
        return handles.with(h -> h.createQuery(PARTNERS).bind("userId", userId).mapTo(UUID.class).list());
    }
}
