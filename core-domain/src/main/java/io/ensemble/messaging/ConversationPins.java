package io.ensemble.messaging;

import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Pinned messages and mutes of a conversation (issue 27). Any member pins or unpins a message of the
 * conversation (at most {@value #PINS_MAX} pins); a member mutes the conversation for themselves: no
 * new-message notification (push, email, in-app) while muted, unread counts still rise, and mentions
 * still notify ({@link MessageThreads}).
 */
public final class ConversationPins {
    /** Pins one conversation may have. */
    public static final int PINS_MAX = 100;

    private final ChatSocialRepository social;
    private final MemberMessages visible;
    private final Clock clock;

    /** Wires the ports. */
    public ConversationPins(ConversationRepository conversations, MessageRepository messages,
                            ChatSocialRepository social, Clock clock) {
        this.social = Objects.requireNonNull(social, "social");
        this.visible = new MemberMessages(conversations, messages);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Pins a message; pinning it again returns the pins unchanged.
     *
     * @return the conversation's pins, latest first
     * @throws NotFound when the caller is not a member, or the message is not a live message of the conversation
     * @throws Conflict {@code TOO_MANY_PINS} when the conversation already has 100 pins
     */
    public List<Pin> pin(Caller caller, UUID conversationId, UUID messageId) {
        visible.conversation(caller, conversationId);
        Message message = visible.visible(caller, messageId);
        if (!message.conversationId().equals(conversationId) || message.deleted()) {
            throw ChatRules.messageNotFound();
        }
        if (social.pin(conversationId, messageId, caller.userId(), clock.instant(), PINS_MAX)
                == ChatSocialRepository.Pinned.TOO_MANY) {
            throw new Conflict("TOO_MANY_PINS", "A conversation has at most " + PINS_MAX + " pinned messages.");
        }
        return social.pins(conversationId);
    }

    /**
     * Unpins a message.
     *
     * @throws NotFound when the caller is not a member or the message is not pinned there
     */
    public void unpin(Caller caller, UUID conversationId, UUID messageId) {
        visible.conversation(caller, conversationId);
        if (!social.unpin(conversationId, messageId)) {
            throw new NotFound("Pin not found.");
        }
    }

    /** @return the conversation's pins, latest first. @throws NotFound when the caller is not a member */
    public List<Pin> pins(Caller caller, UUID conversationId) {
        visible.conversation(caller, conversationId);
        return social.pins(conversationId);
    }

    /**
     * Mutes ({@code muted} true) or unmutes the conversation for the caller; repeating keeps the first time.
     *
     * @return since when it is muted, empty when unmuted
     * @throws NotFound when the caller is not a member
     */
    public Optional<Instant> mute(Caller caller, UUID conversationId, boolean muted) {
        visible.conversation(caller, conversationId);
        Optional<Instant> since = social.mutedSince(conversationId, caller.userId());
        if (muted && since.isEmpty()) {
            social.mute(conversationId, caller.userId(), Optional.of(clock.instant()));
            return social.mutedSince(conversationId, caller.userId());
        }
        if (!muted) {
            social.mute(conversationId, caller.userId(), Optional.empty());
            return Optional.empty();
        }
        return since;
    }

    /** @return since when the caller muted the conversation, if they did. @throws NotFound when not a member */
    public Optional<Instant> mutedSince(Caller caller, UUID conversationId) {
        visible.conversation(caller, conversationId);
        return social.mutedSince(conversationId, caller.userId());
    }
}
