package io.ensemble.messaging;

import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port for conversations, their members and read positions. */
public interface ConversationRepository {
    /**
     * Returns the DIRECT conversation of the pair {a, b}, creating it (with both members) when
     * absent. Safe under concurrency: the store keeps one DIRECT conversation per unordered pair.
     *
     * @param candidate the conversation to insert when none exists (its id is used then)
     * @return the existing or newly created conversation
     */
    Conversation getOrCreateDirect(Conversation candidate, UUID a, UUID b);

    /** Inserts a GROUP conversation (no members: add them with {@link #addMember}). */
    void createGroup(Conversation group);

    /** Adds a member with {@code lastReadSeq} 0. @return false when already a member */
    boolean addMember(UUID conversationId, UUID userId, Instant at);

    /** @return false when {@code userId} was not a member */
    boolean removeMember(UUID conversationId, UUID userId);

    /** @return the conversation only when {@code userId} is one of its members */
    Optional<Conversation> findForMember(UUID conversationId, UUID userId);

    /** @return the members with display names, oldest member first */
    List<Participant> members(UUID conversationId);

    /**
     * The member's conversations, latest activity first ({@code updated_at DESC, id DESC}), each
     * with members, last message and unread count; the cursor is a {@link io.ensemble.shared.paging.Cursor}.
     */
    Page<ConversationSummary> listForMember(UUID userId, PageRequest page);

    /**
     * Moves the member's read position forward to {@code seq} (never backwards).
     *
     * @return the resulting receipt, or empty when {@code userId} is not a member
     */
    Optional<ReadReceipt> markRead(UUID conversationId, UUID userId, long seq);

    /** @return the member's unread count (messages after lastReadSeq, not theirs, not deleted) */
    long unreadCount(UUID conversationId, UUID userId);

    /** @return every user sharing at least one conversation with {@code userId}, without duplicates */
    List<UUID> partnerIds(UUID userId);
}
