package io.ensemble.messaging;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.errors.Validator;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.shared.transactions.Transactions;
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
 * the {@link RealtimeBus} only after the storing transaction committed. Conversations and contacts
 * are handled here; sending is {@link MessageSending}'s and stored messages are {@link ChatMessages}',
 * reached through this class so adapters keep one entry point.
 */
public final class MessagingService {
    private static final Logger LOG = LoggerFactory.getLogger(MessagingService.class);
    /** Largest accepted contact search string, in characters. */
    public static final int SEARCH_MAX = 100;

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ContactDirectory contacts;
    private final ConnectionDirectory connections;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final MessagingSettings settings;
    private final MessageSending sending;
    private final ChatMessages chatMessages;

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
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
        this.sending = new MessageSending(conversations, messages, contacts, bus, watchers, ids, clock);
        this.chatMessages = new ChatMessages(conversations, messages, bus, clock);
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
     * One of the caller's conversations as their list shows it (members, last message, unread count);
     * the seed 000 dialect reads a conversation's other member and read positions from it.
     *
     * @throws NotFound when the caller is not a member (or it does not exist)
     */
    public ConversationSummary conversation(Caller caller, UUID conversationId) {
        Conversation found = conversations.findForMember(conversationId, caller.userId())
                .orElseThrow(ChatRules::conversationNotFound);
        return summary(found, caller.userId());
    }

    /**
     * Gets or creates the DIRECT conversation between the caller and {@code otherUserId}
     * (seeds/001 §Chat {@code GET /conversations/:otherUserId}).
     *
     * @throws ValidationFailed (field {@code otherUserId}) when it is the caller
     * @throws NotFound when the other user is unknown, not active or not verified, or either blocked
     *     the other (issue 27: answered as for an unknown user)
     * @throws Forbidden {@code ACCOUNT_SUSPENDED} when the caller is not active;
     *     {@code NOT_CONNECTED} when {@code messaging.requireConnection} is on and they aren't connected
     */
    public ConversationSummary openDirect(Caller caller, UUID otherUserId) {
        if (caller.userId().equals(otherUserId)) {
            throw new ValidationFailed(List.of(new FieldError("otherUserId", "cannot be yourself")));
        }
        ChatRules.requireActive(contacts, caller);
        contacts.findReachableBy(caller.userId(), otherUserId).orElseThrow(() -> new NotFound("User not found."));
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
        ChatRules.requireActive(contacts, caller);
        List<UUID> others = command.memberIds().stream().filter(id -> !id.equals(caller.userId())).toList();
        for (UUID member : others) {
            if (contacts.findReachableBy(caller.userId(), member).isEmpty()) {
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
        contacts.findReachableBy(caller.userId(), userId).orElseThrow(() -> new NotFound("User not found."));
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

    /** Sends a message; see {@link MessageSending#send}. */
    public Sent send(Caller caller, UUID conversationId, SendMessageCommand command) {
        return sending.send(caller, conversationId, command);
    }

    /** Publishes a message another context stored; see {@link MessageSending#announce}. */
    public void announce(UUID messageId) {
        sending.announce(messageId);
    }

    /** A page of history or catch-up; see {@link ChatMessages#messages}. */
    public Page<Message> messages(Caller caller, UUID conversationId, Optional<String> cursor,
                                  Optional<Long> afterSeq, int limit) {
        return chatMessages.messages(caller, conversationId, cursor, afterSeq, limit);
    }

    /** Edits the caller's own message; see {@link ChatMessages#edit}. */
    public Message edit(Caller caller, UUID messageId, String content) {
        return chatMessages.edit(caller, messageId, content);
    }

    /** Deletes the caller's own message; see {@link ChatMessages#delete}. */
    public Message delete(Caller caller, UUID messageId) {
        return chatMessages.delete(caller, messageId);
    }

    /** Moves the caller's read position; see {@link ChatMessages#markRead}. */
    public ReadReceipt markRead(Caller caller, UUID messageId) {
        return chatMessages.markRead(caller, messageId);
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
                .orElseThrow(ChatRules::conversationNotFound);
    }

    private Conversation visibleGroup(Caller caller, UUID conversationId) {
        Conversation conversation = visible(caller, conversationId);
        if (conversation.type() != ConversationType.GROUP) {
            throw new ValidationFailed(List.of(new FieldError("conversationId", "is not a group conversation")));
        }
        return conversation;
    }
}
