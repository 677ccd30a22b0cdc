package io.ensemble.messaging;

import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Replies, threads and mentions (issue 27). A send may name {@code replyToId}, a message of the same
 * conversation (checked inside the send statement: another conversation's or an unknown id is 400
 * {@code replyToId}); a thread is the messages replying to one message, oldest first, and each stored reply
 * is also published as {@code thread_reply} to {@code conversation:{id}}. A send may name up to
 * {@value #MENTIONS_MAX} {@code mentions} (user ids): in a GROUP conversation each mentioned member other
 * than the sender gets a notification even when they muted it ({@link MessagingEvent.Mentioned}, written
 * by the send statement); ids of non-members, and mentions in DIRECT conversations, are ignored.
 */
public final class MessageThreads {
    /** Socket event of a stored reply, to the conversation's room. */
    public static final String THREAD_REPLY = "thread_reply";
    /** Most user ids one message may mention. */
    public static final int MENTIONS_MAX = 20;

    private final ChatSocialRepository social;
    private final MemberMessages visible;

    /** Wires the ports. */
    public MessageThreads(ConversationRepository conversations, MessageRepository messages, ChatSocialRepository social) {
        this.social = Objects.requireNonNull(social, "social");
        this.visible = new MemberMessages(conversations, messages);
    }

    /**
     * A page of the replies to {@code messageId}, oldest first, with the thread's unread count.
     *
     * @param cursor a token from a previous page's {@code nextCursor}
     * @param limit 1-100 replies
     * @throws io.ensemble.shared.errors.NotFound when the message is unknown or the caller is not a member
     * @throws ValidationFailed (field {@code cursor}) for a token this list did not make
     */
    public ThreadPage replies(Caller caller, UUID messageId, Optional<String> cursor, int limit) {
        Message parent = visible.visible(caller, messageId);
        MessageCursor position = cursor.map(c -> MessageCursor.decode("cursor", c))
                .orElse(new MessageCursor(false, 0));
        if (position.backwards()) {
            throw new ValidationFailed(List.of(new FieldError("cursor", "is not a cursor this list returned")));
        }
        List<Message> rows = social.replies(messageId, position.seq(), limit + 1);
        Page<Message> page = Page.fromOverfetch(rows, limit, m -> new MessageCursor(false, m.seq()).encode());
        return new ThreadPage(parent, page, social.unreadReplies(messageId, caller.userId()));
    }

    /** @return the id in {@code raw}, empty for null or blank. @throws ValidationFailed naming {@code field} */
    static Optional<UUID> parseId(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(raw.strip()));
        } catch (IllegalArgumentException e) {
            throw new ValidationFailed(List.of(new FieldError(field, "must be a message id")));
        }
    }

    /** @return the ids in {@code raw} (null = none). @throws ValidationFailed naming {@code field} */
    static List<UUID> parseIds(String field, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > MENTIONS_MAX) {
            throw new ValidationFailed(List.of(new FieldError(field, "must have at most " + MENTIONS_MAX + " items")));
        }
        List<UUID> ids = new ArrayList<>();
        for (String s : raw) {
            try {
                ids.add(UUID.fromString(Objects.requireNonNull(s).strip()));
            } catch (RuntimeException e) {
                throw new ValidationFailed(List.of(new FieldError(field, "must be user ids")));
            }
        }
        return ids;
    }
}
