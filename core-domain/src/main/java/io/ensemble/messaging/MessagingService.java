package io.ensemble.messaging;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.FieldError;
import io.ensemble.shared.Forbidden;
import io.ensemble.shared.IdGenerator;
import io.ensemble.shared.NotFound;
import io.ensemble.shared.Page;
import io.ensemble.shared.PageRequest;
import io.ensemble.shared.Transactions;
import io.ensemble.shared.ValidationFailed;
import io.ensemble.shared.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chat use cases (seeds/001 §Chat, issue 4 §1-2): contacts, DIRECT and GROUP conversations,
 * sending, editing, deleting and reading messages. Every method takes the authenticated
 * {@link Caller} first and decides authorization here: a conversation or message the caller is not
 * a member of is {@link NotFound} (never 403, so ids don't leak). Realtime events are published on
 * the {@link RealtimeBus} only after the storing transaction committed.
 */
public final class MessagingService {
    private static final Logger LOG = LoggerFactory.getLogger(MessagingService.class);
    /** Largest accepted contact search string, in characters. */
    public static final int SEARCH_MAX = 100;
    /**
     * Outbox event written with every stored message, one per other member (recipient) not
     * watching the conversation on the sending node, so the
     * notifications context can tell offline members (issue 5 §4); payload
     * {@code {conversationId, messageId, senderId, seq}}.
     */
    public static final String MESSAGE_STORED = "message_stored";
    /**
     * Outbox event for a message stored inside another context's transaction (an order's system
     * message), so it is pushed live after that commit through {@link #announce(UUID)}; recipient =
     * the message's sender, payload {@code {conversationId, messageId}}.
     */
    public static final String MESSAGE_ANNOUNCED = "message_announced";

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ContactDirectory contacts;
    private final ConnectionDirectory connections;
    private final RealtimeBus bus;
    private final ConversationWatchers watchers;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final MessagingSettings settings;

    /**
     * Wires the ports; see DESIGN §Ports for their adapters.
     *
     * @param watchers who receives a conversation live on this node (no offline event for them)
     */
    public MessagingService(ConversationRepository conversations, MessageRepository messages,
                            ContactDirectory contacts, ConnectionDirectory connections, RealtimeBus bus,
                            ConversationWatchers watchers, Transactions transactions, IdGenerator ids, Clock clock,
                            MessagingSettings settings) {
        this.conversations = conversations;
        this.messages = messages;
        this.contacts = contacts;
        this.connections = connections;
        this.bus = bus;
        this.watchers = watchers;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    /** The result of a send: the stored message and whether this call stored it (false for a retry). */
    public record Sent(Message message, boolean created) {
    }

    /**
     * Other active, verified users, oldest account first (seeds/001 §Chat {@code GET /contacts}).
     *
     * @param search optional case-insensitive name substring, at most 100 characters
     * @param role optional role filter
     * @throws ValidationFailed for a too long search or a bad cursor
     */
    public Page<Contact> contacts(Caller caller, Optional<String> search, Optional<Role> role, PageRequest page) {
        Optional<String> q = search.map(String::strip).filter(s -> !s.isEmpty());
        new Validator().maxLength("search", q.orElse(null), SEARCH_MAX).throwIfInvalid();
        return contacts.search(caller.userId(), q, role, page);
    }

    /** The caller's conversations, newest activity first, with last message and unread count. */
    public Page<ConversationSummary> conversations(Caller caller, PageRequest page) {
        return conversations.listForMember(caller.userId(), page);
    }

    /**
     * Gets or creates the DIRECT conversation between the caller and {@code otherUserId}
     * (seeds/001 §Chat {@code GET /conversations/:otherUserId}).
     *
     * @throws ValidationFailed (field {@code otherUserId}) when it is the caller
     * @throws NotFound when the other user is unknown, not active or not verified
     * @throws Forbidden {@code ACCOUNT_SUSPENDED} when the caller is not active;
     *     {@code NOT_CONNECTED} when {@code messaging.requireConnection} is on and they aren't connected
     */
    public ConversationSummary openDirect(Caller caller, UUID otherUserId) {
        if (caller.userId().equals(otherUserId)) {
            throw new ValidationFailed(List.of(new FieldError("otherUserId", "cannot be yourself")));
        }
        requireActive(caller);
        contacts.findReachable(otherUserId).orElseThrow(() -> new NotFound("User not found."));
        if (settings.requireConnection() && !connections.connected(caller.userId(), otherUserId)) {
            throw new Forbidden("NOT_CONNECTED", "You can message this user once you are connected.");
        }
        Conversation candidate = Conversation.direct(ids.newId(), clock.instant());
        Conversation conversation = transactions.inTransaction(
                () -> conversations.getOrCreateDirect(candidate, caller.userId(), otherUserId));
        return summary(conversation, caller.userId());
    }

    /**
     * Creates a GROUP owned by the caller with the given members.
     *
     * @throws ValidationFailed (field {@code memberIds}) when a member is unknown, inactive or unverified
     * @throws Forbidden {@code ACCOUNT_SUSPENDED} when the caller is not active
     */
    public ConversationSummary createGroup(Caller caller, CreateGroupCommand command) {
        requireActive(caller);
        List<UUID> others = command.memberIds().stream().filter(id -> !id.equals(caller.userId())).toList();
        for (UUID member : others) {
            if (contacts.findReachable(member).isEmpty()) {
                throw new ValidationFailed(List.of(new FieldError("memberIds", "contains an unknown user: " + member)));
            }
        }
        Instant now = clock.instant();
        Conversation group = Conversation.group(ids.newId(), command.name(), caller.userId(), now);
        transactions.run(() -> {
            conversations.createGroup(group);
            conversations.addMember(group.id(), caller.userId(), now);
            others.forEach(member -> conversations.addMember(group.id(), member, now));
        });
        return summary(group, caller.userId());
    }

    /**
     * Adds {@code userId} to a GROUP the caller owns; adding a member twice is a no-op.
     *
     * @throws NotFound when the caller is not a member, or the user is not reachable
     * @throws ValidationFailed (field {@code conversationId}) for a DIRECT conversation
     * @throws Forbidden when the caller is a member but not the owner
     */
    public ConversationSummary addMember(Caller caller, UUID conversationId, UUID userId) {
        Conversation group = visibleGroup(caller, conversationId);
        if (!group.ownedBy(caller.userId())) {
            throw new Forbidden("Only the group's owner can add members.");
        }
        contacts.findReachable(userId).orElseThrow(() -> new NotFound("User not found."));
        conversations.addMember(conversationId, userId, clock.instant());
        return summary(group, caller.userId());
    }

    /**
     * Removes {@code userId} from a GROUP: the owner removes anyone but themselves, a member removes
     * only themselves (leaves).
     *
     * @throws NotFound when the caller is not a member, or {@code userId} is not a member
     * @throws ValidationFailed for a DIRECT conversation, or the owner removing themselves
     * @throws Forbidden when a non-owner removes someone else
     */
    public void removeMember(Caller caller, UUID conversationId, UUID userId) {
        Conversation group = visibleGroup(caller, conversationId);
        boolean self = caller.userId().equals(userId);
        if (!self && !group.ownedBy(caller.userId())) {
            throw new Forbidden("Only the group's owner can remove other members.");
        }
        if (self && group.ownedBy(caller.userId())) {
            throw new ValidationFailed(List.of(new FieldError("userId", "the owner cannot leave the group")));
        }
        if (!conversations.removeMember(conversationId, userId)) {
            throw new NotFound("Member not found.");
        }
    }

    /**
     * A page of messages (seeds/001 §Chat {@code GET /conversations/:id/messages}). Without
     * {@code afterSeq}: history, newest first, continuing below the {@code before} cursor. With
     * {@code afterSeq}: catch-up, oldest first, everything with a greater seq. Tombstones included.
     *
     * @param cursor a {@link MessageCursor} token from a previous page's {@code nextCursor}
     * @param afterSeq a seq (≥ 0) the client already has
     * @throws NotFound when the caller is not a member
     * @throws ValidationFailed for a bad cursor or a negative afterSeq
     */
    public Page<Message> messages(Caller caller, UUID conversationId, Optional<String> cursor,
                                  Optional<Long> afterSeq, int limit) {
        Conversation conversation = visible(caller, conversationId);
        afterSeq.ifPresent(s -> new Validator().check(s >= 0, "afterSeq", "must be 0 or more").throwIfInvalid());
        MessageCursor position = cursor.map(c -> MessageCursor.decode("cursor", c))
                .orElseGet(() -> afterSeq.map(s -> new MessageCursor(false, s))
                        .orElse(new MessageCursor(true, conversation.lastSeq() + 1)));
        List<Message> rows = position.backwards()
                ? messages.before(conversationId, position.seq(), limit + 1)
                : messages.after(conversationId, position.seq(), limit + 1);
        return Page.fromOverfetch(rows, limit, m -> new MessageCursor(position.backwards(), m.seq()).encode());
    }

    /**
     * Sends a message: one statement stores it with the next seq together with a
     * {@link #MESSAGE_STORED} outbox event per other member not watching the conversation on this
     * node ({@link ConversationWatchers}; DESIGN §Patterns "Send a message in one
     * round trip"); after it committed, {@code message_sent} is published to
     * {@code conversation:{id}} and {@code new_message} to {@code user:{id}} of every other member
     * (seeds/000 §WebSocket: clients that never joined the conversation). A retry with the same
     * clientMessageId returns the stored message ({@code created} false) and publishes nothing.
     *
     * @throws NotFound when the caller is not a member
     * @throws Forbidden {@code ACCOUNT_SUSPENDED} when the caller is not active
     */
    public Sent send(Caller caller, UUID conversationId, SendMessageCommand command) {
        NewMessage message = new NewMessage(ids.newId(), conversationId, caller.userId(), command.type(),
                command.content(), command.attachments(), command.clientMessageId(), clock.instant());
        Optional<MessageRepository.Appended> appended;
        try {
            appended = messages.send(message, MESSAGE_STORED, watchers.watching(conversationId));
        } catch (DuplicateClientMessage retried) {
            Message stored = messages.findByClientMessageId(conversationId, caller.userId(),
                    command.clientMessageId().orElseThrow()).orElseThrow(() -> retried);
            return new Sent(stored, false);
        }
        if (appended.isEmpty()) {
            requireActive(caller);
            throw conversationNotFound();
        }
        Message stored = appended.get().message();
        announce(stored, appended.get().recipients());
        return new Sent(stored, true);
    }

    /**
     * Publishes a message stored elsewhere (an order's system message, committed with its order
     * transition and relayed by the outbox) as {@link #send} publishes its own: {@code message_sent}
     * to the conversation room, {@code new_message} to the other members' user rooms. Unknown ids are
     * ignored (the message may have been purged).
     *
     * @param messageId the stored message
     */
    public void announce(UUID messageId) {
        messages.findById(messageId).ifPresent(m -> announce(m, conversations.members(m.conversationId()).stream()
                .map(Participant::userId).filter(id -> !id.equals(m.senderId())).toList()));
    }

    private void announce(Message stored, List<UUID> recipients) {
        publish(RealtimeBus.conversationRoom(stored.conversationId()), "message_sent", stored);
        for (UUID member : recipients) {
            publish(RealtimeBus.userRoom(member), "new_message", stored);
        }
    }

    /**
     * Edits the caller's own message and sets {@code editedAt}; publishes {@code message_edited}.
     *
     * @throws NotFound when the message is unknown, not visible, or not the caller's
     * @throws ValidationFailed for empty or over-10,000-character content, or a deleted message
     */
    public Message edit(Caller caller, UUID messageId, String content) {
        Validator v = new Validator();
        if (v.required("content", content)) {
            v.maxLength("content", content, SendMessageCommand.CONTENT_MAX);
        }
        v.throwIfInvalid();
        Message own = ownMessage(caller, messageId);
        if (own.deleted()) {
            throw new ValidationFailed("MESSAGE_DELETED", "A deleted message cannot be edited.");
        }
        Message edited = messages.edit(messageId, content, clock.instant());
        publish(RealtimeBus.conversationRoom(edited.conversationId()), "message_edited", edited);
        return edited;
    }

    /**
     * Deletes the caller's own message, leaving a tombstone; publishes {@code message_deleted}.
     * Deleting a tombstone again returns it unchanged.
     *
     * @throws NotFound when the message is unknown, not visible, or not the caller's
     */
    public Message delete(Caller caller, UUID messageId) {
        Message own = ownMessage(caller, messageId);
        if (own.deleted()) {
            return own;
        }
        Message tombstone = messages.tombstone(messageId, clock.instant());
        publish(RealtimeBus.conversationRoom(tombstone.conversationId()), "message_deleted", tombstone);
        return tombstone;
    }

    /**
     * Marks everything up to and including the message read for the caller (never moves back);
     * publishes {@code message_read}.
     *
     * @throws NotFound when the message is unknown or the caller is not a member of its conversation
     */
    public ReadReceipt markRead(Caller caller, UUID messageId) {
        Message message = messages.findById(messageId).orElseThrow(MessagingService::messageNotFound);
        ReadReceipt receipt = conversations.markRead(message.conversationId(), caller.userId(), message.seq())
                .orElseThrow(MessagingService::messageNotFound);
        publish(RealtimeBus.conversationRoom(message.conversationId()), "message_read", receipt);
        return receipt;
    }

    /**
     * Whether the caller may join the realtime room {@code conversation:{id}} (DESIGN §Realtime:
     * every join checks membership). Never throws for a non-member; answers false.
     */
    public boolean canJoin(Caller caller, UUID conversationId) {
        return conversations.findForMember(conversationId, caller.userId()).isPresent();
    }

    /**
     * Stores a presence change's time as the user's last seen (shown with contacts). Best effort:
     * a database outage is logged, never thrown, so closing a socket cannot fail on it.
     */
    public void recordLastSeen(PresenceChange change) {
        try {
            contacts.recordLastSeen(change.userId(), change.at());
        } catch (RuntimeException e) {
            LOG.warn("Could not store last seen of user {}", change.userId(), e);
        }
    }

    /** @return the users sharing a conversation with {@code userId}, who see its presence */
    public List<UUID> partners(UUID userId) {
        return conversations.partnerIds(userId);
    }

    private ConversationSummary summary(Conversation conversation, UUID viewer) {
        Conversation fresh = conversations.findForMember(conversation.id(), viewer).orElse(conversation);
        Optional<Message> last = fresh.lastSeq() == 0 ? Optional.empty()
                : messages.before(fresh.id(), fresh.lastSeq() + 1, 1).stream().findFirst();
        return new ConversationSummary(fresh, conversations.members(fresh.id()), last,
                conversations.unreadCount(fresh.id(), viewer));
    }

    private Conversation visible(Caller caller, UUID conversationId) {
        return conversations.findForMember(conversationId, caller.userId())
                .orElseThrow(MessagingService::conversationNotFound);
    }

    private Conversation visibleGroup(Caller caller, UUID conversationId) {
        Conversation conversation = visible(caller, conversationId);
        if (conversation.type() != ConversationType.GROUP) {
            throw new ValidationFailed(List.of(new FieldError("conversationId", "is not a group conversation")));
        }
        return conversation;
    }

    private Message ownMessage(Caller caller, UUID messageId) {
        Message message = messages.findById(messageId).orElseThrow(MessagingService::messageNotFound);
        if (!message.senderId().equals(caller.userId())
                || conversations.findForMember(message.conversationId(), caller.userId()).isEmpty()) {
            throw messageNotFound();
        }
        return message;
    }

    private void requireActive(Caller caller) {
        if (contacts.findReachable(caller.userId()).isEmpty()) {
            throw new Forbidden("ACCOUNT_SUSPENDED", "This account cannot send messages; contact support.");
        }
    }

    private void publish(String room, String event, Object payload) {
        try {
            bus.publish(room, event, payload);
        } catch (RuntimeException e) {
            LOG.warn("Realtime publish failed for event={} room={}; clients catch up by seq", event, room, e);
        }
    }

    private static NotFound conversationNotFound() {
        return new NotFound("Conversation not found.");
    }

    private static NotFound messageNotFound() {
        return new NotFound("Message not found.");
    }
}
