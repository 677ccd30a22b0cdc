package io.ensemble.web.messaging;

import io.ensemble.messaging.Pin;
import io.ensemble.messaging.Reaction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** JSON shapes of the thread, reaction, pin and mute routes (issue 27). */
public final class SocialViews {
    private SocialViews() {
    }

    /**
     * A page of a thread: {@code {parentId, items: [message], nextCursor, unreadCount}}, replies oldest first;
     * {@code unreadCount} counts the thread's replies after your read position that others sent.
     */
    public record ThreadView(String parentId, List<MessageView> items, String nextCursor, long unreadCount) {
    }

    /** A reaction after the change: {@code {messageId, conversationId, userId, emoji, count}} (count ≥ 0). */
    public record ReactionChangeView(String messageId, String conversationId, String userId, String emoji, long count) {
        /** @return the view of {@code r} */
        public static ReactionChangeView of(Reaction r) {
            return new ReactionChangeView(r.messageId().toString(), r.conversationId().toString(),
                    r.userId().toString(), r.emoji(), r.count());
        }
    }

    /** A pin: {@code {message, pinnedBy, pinnedAt}}; {@code pinnedBy} null once that account is gone. */
    public record PinView(MessageView message, String pinnedBy, Instant pinnedAt) {
        /** @return the view of {@code p} with {@code message} as its message's view */
        public static PinView of(Pin p, MessageView message) {
            return new PinView(message, p.pinnedBy().map(UUID::toString).orElse(null), p.pinnedAt());
        }
    }

    /** A conversation's pins, latest first: {@code {items: [pin]}} (at most 100). */
    public record PinsView(List<PinView> items) {
    }

    /** Your mute of a conversation: {@code {conversationId, muted, mutedAt}}; {@code mutedAt} null when not muted. */
    public record MuteView(String conversationId, boolean muted, Instant mutedAt) {
    }

    /** {@code POST /messages/{id}/reactions}: {@code {emoji}}. */
    public record React(String emoji) {
        static final React EMPTY = new React(null);
    }
}
