package io.ensemble.messaging;

import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Reactions on messages (issue 27): one per user per emoji per message, at most
 * {@value #DISTINCT_MAX} distinct emojis per message; {@code reaction_added} / {@code reaction_removed}
 * ({@link Reaction}) go to {@code conversation:{id}} after the change. Message lists show each emoji's
 * count and whether the viewer reacted ({@link #of}).
 */
public final class MessageReactions {
    /** Distinct emojis one message may carry. */
    public static final int DISTINCT_MAX = 20;
    /** Longest emoji, in characters (UTF-16 units: a flag or a family sequence fits). */
    public static final int EMOJI_MAX = 32;
    /** Socket event of an added reaction. */
    public static final String ADDED = "reaction_added";
    /** Socket event of a removed reaction. */
    public static final String REMOVED = "reaction_removed";

    private final ChatSocialRepository social;
    private final MemberMessages visible;
    private final RoomPublisher rooms;
    private final Clock clock;

    /** Wires the ports; {@code bus} receives the reaction events. */
    public MessageReactions(ConversationRepository conversations, MessageRepository messages,
                            ChatSocialRepository social, RealtimeBus bus, Clock clock) {
        this.social = Objects.requireNonNull(social, "social");
        this.visible = new MemberMessages(conversations, messages);
        this.rooms = new RoomPublisher(bus);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Adds the caller's reaction; adding it again changes nothing (and publishes nothing).
     *
     * @return the reaction with the emoji's count
     * @throws ValidationFailed (field {@code emoji}) when blank, longer than 32 characters or with spaces
     * @throws io.ensemble.shared.errors.NotFound when the message is unknown, deleted or not visible
     * @throws Conflict {@code TOO_MANY_REACTIONS} when it would be the message's 21st distinct emoji
     */
    public Reaction react(Caller caller, UUID messageId, String emoji) {
        String e = validEmoji(emoji);
        Message message = liveMessage(caller, messageId);
        ChatSocialRepository.Reacted result = social.react(messageId, caller.userId(), e, clock.instant(), DISTINCT_MAX);
        if (result == ChatSocialRepository.Reacted.TOO_MANY) {
            throw new Conflict("TOO_MANY_REACTIONS", "A message has at most " + DISTINCT_MAX + " distinct reactions.");
        }
        Reaction reaction = new Reaction(messageId, message.conversationId(), caller.userId(), e,
                social.reactionCount(messageId, e));
        if (result == ChatSocialRepository.Reacted.ADDED) {
            rooms.publish(RealtimeBus.conversationRoom(message.conversationId()), ADDED, reaction);
        }
        return reaction;
    }

    /**
     * Removes the caller's reaction.
     *
     * @throws io.ensemble.shared.errors.NotFound when the message is not visible, or the caller has no such reaction
     * @throws ValidationFailed (field {@code emoji}) for a malformed emoji
     */
    public Reaction unreact(Caller caller, UUID messageId, String emoji) {
        String e = validEmoji(emoji);
        Message message = visible.visible(caller, messageId);
        if (!social.unreact(messageId, caller.userId(), e)) {
            throw new io.ensemble.shared.errors.NotFound("Reaction not found.");
        }
        Reaction reaction = new Reaction(messageId, message.conversationId(), caller.userId(), e,
                social.reactionCount(messageId, e));
        rooms.publish(RealtimeBus.conversationRoom(message.conversationId()), REMOVED, reaction);
        return reaction;
    }

    /** @return each listed message's reactions as {@code viewer} sees them (messages without any are absent) */
    public Map<UUID, List<ReactionCount>> of(Caller viewer, List<Message> messages) {
        if (messages.isEmpty()) {
            return Map.of();
        }
        return social.reactions(messages.stream().map(Message::id).toList(), viewer.userId());
    }

    private Message liveMessage(Caller caller, UUID messageId) {
        Message message = visible.visible(caller, messageId);
        if (message.deleted()) {
            throw ChatRules.messageNotFound();
        }
        return message;
    }

    private static String validEmoji(String emoji) {
        String e = emoji == null ? "" : emoji.strip();
        if (e.isEmpty() || e.length() > EMOJI_MAX || e.codePoints().anyMatch(Character::isWhitespace)) {
            throw new ValidationFailed(List.of(new FieldError("emoji", "must be one emoji of 1-" + EMOJI_MAX
                    + " characters without spaces")));
        }
        return e;
    }
}
