package io.ensemble.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence port of threads, reactions, pins and mutes (issue 27). Every write is its own statement;
 * limits are checked in that statement so concurrent writers cannot pass them together.
 */
public interface ChatSocialRepository {
    /** What {@link #react} did. */
    enum Reacted { ADDED, ALREADY, TOO_MANY }

    /**
     * Adds the user's {@code emoji} to the message unless they already reacted with it; refuses a new
     * distinct emoji when the message already has {@code maxDistinct} (the message row is locked meanwhile).
     */
    Reacted react(UUID messageId, UUID userId, String emoji, Instant at, int maxDistinct);

    /** @return whether the user's {@code emoji} on the message existed (and is gone now) */
    boolean unreact(UUID messageId, UUID userId, String emoji);

    /** @return how many users reacted with {@code emoji} on the message */
    long reactionCount(UUID messageId, String emoji);

    /** @return per message id (only those with reactions), its emojis with counts and whether {@code viewer} reacted, most used first */
    Map<UUID, List<ReactionCount>> reactions(List<UUID> messageIds, UUID viewer);

    /** @return up to {@code limit} replies to {@code parentId} with {@code seq > afterSeq}, oldest first */
    List<Message> replies(UUID parentId, long afterSeq, int limit);

    /** @return replies to {@code parentId} after the member's read position, sent by others, not deleted */
    long unreadReplies(UUID parentId, UUID userId);

    /** What {@link #pin} did. */
    enum Pinned { ADDED, ALREADY, TOO_MANY }

    /**
     * Pins a message of the conversation unless it is pinned; refuses when the conversation already has
     * {@code max} pins (the conversation row is locked meanwhile).
     */
    Pinned pin(UUID conversationId, UUID messageId, UUID userId, Instant at, int max);

    /** @return whether the message was pinned (and is not anymore) */
    boolean unpin(UUID conversationId, UUID messageId);

    /** @return the conversation's pins, latest first */
    List<Pin> pins(UUID conversationId);

    /** Sets or clears a member's mute. @return whether the user is a member */
    boolean mute(UUID conversationId, UUID userId, Optional<Instant> since);

    /** @return when the member muted the conversation, if they did */
    Optional<Instant> mutedSince(UUID conversationId, UUID userId);
}
