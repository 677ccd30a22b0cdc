package io.ensemble.messaging.fakes;

import io.ensemble.identity.Role;
import io.ensemble.messaging.Contact;
import io.ensemble.messaging.ContactDirectory;
import io.ensemble.messaging.Conversation;
import io.ensemble.messaging.ConversationRepository;
import io.ensemble.messaging.ConversationSummary;
import io.ensemble.messaging.ConversationType;
import io.ensemble.messaging.DuplicateClientMessage;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessageRepository;
import io.ensemble.messaging.MessagingEvent;
import io.ensemble.messaging.NewMessage;
import io.ensemble.messaging.Participant;
import io.ensemble.messaging.ReadReceipt;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.outbox.OutboxEvent;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The three messaging persistence ports in maps, with the database's rules: one DIRECT per pair,
 * seq = last_seq + 1 for members only, unique (conversation, sender, clientMessageId).
 */
public final class InMemoryChat implements ConversationRepository, MessageRepository, ContactDirectory {
    private final Map<UUID, Contact> users = new LinkedHashMap<>();
    private final Map<UUID, Boolean> reachable = new LinkedHashMap<>();
    private final Map<UUID, Conversation> conversations = new LinkedHashMap<>();
    private final Map<UUID, Map<UUID, Long>> members = new LinkedHashMap<>();
    private final Map<UUID, Message> messages = new LinkedHashMap<>();
    private final Outbox outbox;

    /** A store whose {@link #send} records no outbox events. */
    public InMemoryChat() {
        this(null);
    }

    /** @param outbox where {@link #send} records one event per recipient, as the SQL statement does */
    public InMemoryChat(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Test helper: an account; {@code canChat} false stands for suspended or unverified. */
    public synchronized UUID addUser(String name, boolean canChat) {
        UUID id = UUID.randomUUID();
        users.put(id, new Contact(id, name, Role.INFLUENCER, Instant.parse("2026-01-01T00:00:00Z"), Optional.empty()));
        reachable.put(id, canChat);
        return id;
    }

    /** Test helper: suspends or reinstates. */
    public synchronized void setReachable(UUID userId, boolean canChat) {
        reachable.put(userId, canChat);
    }

    public synchronized int messageCount() {
        return messages.size();
    }

    public synchronized int conversationCount() {
        return conversations.size();
    }

    @Override
    public synchronized Conversation getOrCreateDirect(Conversation candidate, UUID a, UUID b) {
        for (Conversation c : conversations.values()) {
            if (c.type() == ConversationType.DIRECT && members.get(c.id()).keySet().equals(Set.of(a, b))) {
                return c;
            }
        }
        conversations.put(candidate.id(), candidate);
        members.put(candidate.id(), new LinkedHashMap<>(Map.of(a, 0L, b, 0L)));
        return candidate;
    }

    @Override
    public synchronized void createGroup(Conversation group) {
        conversations.put(group.id(), group);
        members.put(group.id(), new LinkedHashMap<>());
    }

    @Override
    public synchronized boolean addMember(UUID conversationId, UUID userId, Instant at) {
        return members.get(conversationId).putIfAbsent(userId, 0L) == null;
    }

    @Override
    public synchronized boolean removeMember(UUID conversationId, UUID userId) {
        return members.get(conversationId).remove(userId) != null;
    }

    @Override
    public synchronized Optional<Conversation> findForMember(UUID conversationId, UUID userId) {
        return Optional.ofNullable(conversations.get(conversationId))
                .filter(c -> members.get(c.id()).containsKey(userId));
    }

    @Override
    public synchronized List<Participant> members(UUID conversationId) {
        return members.getOrDefault(conversationId, Map.of()).entrySet().stream()
                .map(e -> new Participant(e.getKey(), users.get(e.getKey()).name(), e.getValue())).toList();
    }

    @Override
    public synchronized Page<ConversationSummary> listForMember(UUID userId, PageRequest page) {
        Optional<Cursor> cursor = page.cursor().map(Cursor::decode);
        List<ConversationSummary> rows = conversations.values().stream()
                .filter(c -> members.get(c.id()).containsKey(userId))
                .sorted(Comparator.comparing(Conversation::updatedAt).thenComparing(Conversation::id).reversed())
                .filter(c -> cursor.map(k -> c.updatedAt().isBefore(k.at())
                        || c.updatedAt().equals(k.at()) && c.id().compareTo(k.id()) < 0).orElse(true))
                .limit(page.limit() + 1L)
                .map(c -> new ConversationSummary(c, members(c.id()), lastMessage(c), unreadCount(c.id(), userId)))
                .toList();
        return Page.fromOverfetch(rows, page.limit(),
                s -> new Cursor(s.conversation().updatedAt(), s.conversation().id()).encode());
    }

    private Optional<Message> lastMessage(Conversation c) {
        return messages.values().stream().filter(m -> m.conversationId().equals(c.id()) && m.seq() == c.lastSeq())
                .findFirst();
    }

    @Override
    public synchronized Optional<ReadReceipt> markRead(UUID conversationId, UUID userId, long seq) {
        Map<UUID, Long> of = members.get(conversationId);
        if (of == null || !of.containsKey(userId)) {
            return Optional.empty();
        }
        of.put(userId, Math.max(of.get(userId), seq));
        return Optional.of(new ReadReceipt(conversationId, userId, of.get(userId), unreadCount(conversationId, userId)));
    }

    @Override
    public synchronized long unreadCount(UUID conversationId, UUID userId) {
        Long lastRead = members.getOrDefault(conversationId, Map.of()).get(userId);
        if (lastRead == null) {
            return 0;
        }
        return messages.values().stream().filter(m -> m.conversationId().equals(conversationId)
                && m.seq() > lastRead && !m.senderId().equals(userId) && !m.deleted()).count();
    }

    @Override
    public synchronized Optional<Message> append(NewMessage m) {
        Conversation c = conversations.get(m.conversationId());
        if (c == null || !members.get(c.id()).containsKey(m.senderId())) {
            return Optional.empty();
        }
        if (m.clientMessageId().isPresent()
                && messages.values().stream().anyMatch(x -> x.conversationId().equals(m.conversationId())
                        && x.senderId().equals(m.senderId()) && x.clientMessageId().equals(m.clientMessageId()))) {
            throw new DuplicateClientMessage();
        }
        long seq = c.lastSeq() + 1;
        Instant updated = c.updatedAt().isAfter(m.createdAt()) ? c.updatedAt() : m.createdAt();
        conversations.put(c.id(), new Conversation(c.id(), c.type(), c.name(), c.ownerId(), c.subjectType(),
                c.subjectId(), seq, c.createdAt(), updated));
        Message stored = new Message(m.id(), m.conversationId(), m.senderId(), m.type(), Optional.of(m.content()),
                m.attachments(), seq, m.clientMessageId(), m.createdAt(), Optional.empty(), false);
        messages.put(stored.id(), stored);
        return Optional.of(stored);
    }

    @Override
    public synchronized Optional<Appended> send(NewMessage m, MessagingEvent.MessageStored recipientEvent,
                                                Set<UUID> watching) {
        if (!Objects.equals(reachable.get(m.senderId()), true)) {
            return Optional.empty();
        }
        Optional<Message> stored = append(m);
        stored.filter(x -> outbox != null).ifPresent(x -> recipients(x).stream().filter(r -> !watching.contains(r))
                .forEach(r -> outbox.append(new OutboxEvent(UUID.randomUUID(), r, recipientEvent, x.createdAt()))));
        return stored.map(x -> new Appended(x, recipients(x)));
    }

    private List<UUID> recipients(Message m) {
        return members.get(m.conversationId()).keySet().stream().filter(id -> !id.equals(m.senderId())).toList();
    }

    /** Test helper: stores a message as a concurrent request would have, bypassing the service. */
    public synchronized Message appendDirectly(NewMessage m) {
        return append(m).orElseThrow();
    }

    @Override
    public synchronized Optional<Message> findByClientMessageId(UUID conversationId, UUID senderId, String clientMessageId) {
        return messages.values().stream().filter(m -> m.conversationId().equals(conversationId)
                && m.senderId().equals(senderId) && m.clientMessageId().equals(Optional.of(clientMessageId))).findFirst();
    }

    @Override
    public synchronized Optional<Message> findById(UUID messageId) {
        return Optional.ofNullable(messages.get(messageId));
    }

    @Override
    public synchronized Message edit(UUID messageId, String content, Instant at) {
        Message m = findById(messageId).orElseThrow(() -> new NotFound("Message not found."));
        Message edited = new Message(m.id(), m.conversationId(), m.senderId(), m.type(), Optional.of(content),
                m.attachments(), m.seq(), m.clientMessageId(), m.createdAt(), Optional.of(at), m.deleted());
        messages.put(messageId, edited);
        return edited;
    }

    @Override
    public synchronized Message tombstone(UUID messageId, Instant at) {
        Message m = findById(messageId).orElseThrow(() -> new NotFound("Message not found."));
        Message tomb = new Message(m.id(), m.conversationId(), m.senderId(), m.type(), Optional.empty(),
                List.of(), m.seq(), m.clientMessageId(), m.createdAt(), m.editedAt(), true);
        messages.put(messageId, tomb);
        return tomb;
    }

    @Override
    public synchronized List<Message> before(UUID conversationId, long beforeSeq, int limit) {
        return messages.values().stream().filter(m -> m.conversationId().equals(conversationId) && m.seq() < beforeSeq)
                .sorted(Comparator.comparingLong(Message::seq).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized List<Message> after(UUID conversationId, long afterSeq, int limit) {
        return messages.values().stream().filter(m -> m.conversationId().equals(conversationId) && m.seq() > afterSeq)
                .sorted(Comparator.comparingLong(Message::seq)).limit(limit).toList();
    }

    @Override
    public synchronized Page<Contact> search(UUID excluding, Optional<String> search, Optional<Role> role,
                                             PageRequest page) {
        List<Contact> rows = users.values().stream()
                .filter(c -> !c.userId().equals(excluding) && reachable.get(c.userId()))
                .filter(c -> search.map(s -> c.name().toLowerCase().contains(s.toLowerCase())).orElse(true))
                .filter(c -> role.map(r -> c.role() == r).orElse(true))
                .limit(page.limit() + 1L).toList();
        return Page.fromOverfetch(rows, page.limit(), c -> new Cursor(c.createdAt(), c.userId()).encode());
    }

    @Override
    public synchronized Optional<Contact> findReachable(UUID userId) {
        return Optional.ofNullable(users.get(userId)).filter(c -> Objects.equals(reachable.get(userId), true));
    }

    @Override
    public synchronized void recordLastSeen(UUID userId, Instant at) {
        users.computeIfPresent(userId, (id, c) -> new Contact(id, c.name(), c.role(), c.createdAt(), Optional.of(at)));
    }

    @Override
    public synchronized List<UUID> partnerIds(UUID userId) {
        return members.values().stream().filter(m -> m.containsKey(userId))
                .flatMap(m -> m.keySet().stream()).filter(id -> !id.equals(userId)).distinct().toList();
    }
}
