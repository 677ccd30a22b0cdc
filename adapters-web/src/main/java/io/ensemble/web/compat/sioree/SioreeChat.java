package io.ensemble.web.compat.sioree;

import io.ensemble.events.EventFinder;
import io.ensemble.events.EventReference;
import io.ensemble.identity.Caller;
import io.ensemble.messaging.ConversationSummary;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessageType;
import io.ensemble.messaging.MessagingService;
import io.ensemble.messaging.Participant;
import io.ensemble.messaging.SendMessageCommand;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.compat.sioree.SioreeChatBodies.MessageBody;
import io.ensemble.web.compat.sioree.SioreeChatBodies.SendBody;
import io.ensemble.web.messaging.EventInvites;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Seed 000's send (REST {@code POST /api/messages} and the socket's {@code send_message}) over the
 * native {@link MessagingService#send}: the conversation is {@code conversationId} or the DIRECT one
 * with {@code receiverId}; {@code text} is the content; an {@code event_invite} names a visible event
 * ({@code eventId}, its title as the text when none is given) and stores its id as the attachment.
 */
final class SioreeChat {
    private final MessagingService chat;
    private final EventInvites invites;

    SioreeChat(MessagingService chat, EventFinder events) {
        this.chat = chat;
        this.invites = new EventInvites(events);
    }

    /** @return the invited event of an {@code event_invite} (see {@link EventInvites#reference}) */
    Optional<EventReference> event(Message m) {
        return invites.reference(m);
    }

    /**
     * A sent message and whether this call stored it.
     *
     * @param body the seed's message, as the sender sees it (unread)
     * @param receiverId the other member
     */
    record Sent(MessageBody body, UUID receiverId) {
    }

    /**
     * Sends {@code body} as {@code caller}.
     *
     * @throws ValidationFailed naming {@code receiverId}, {@code text}, {@code messageType} or {@code eventId}
     * @throws io.ensemble.shared.errors.NotFound for a conversation the caller is not in, an unknown
     *     receiver or event
     */
    Sent send(Caller caller, SendBody body) {
        MessageType type = type(body.messageType());
        ConversationSummary conversation = body.conversationId() != null && !body.conversationId().isBlank()
                ? chat.conversation(caller, id("conversationId", body.conversationId()))
                : chat.openDirect(caller, id("receiverId", Optional.ofNullable(body.receiverId())
                        .filter(s -> !s.isBlank()).orElseThrow(() -> invalid("receiverId",
                                "is required (or conversationId)"))));
        UUID receiver = SioreeChatBodies.other(conversation, caller.userId()).map(Participant::userId)
                .orElseThrow(() -> invalid("receiverId", "is not in this conversation"));
        SendMessageCommand command = SeedFields.renamed(java.util.Map.of("content", "text"),
                () -> invites.command(caller, type.wireName(), body.text(), List.of(), null, body.eventId()));
        var sent = chat.send(caller, conversation.conversation().id(), command);
        return new Sent(MessageBody.of(sent.message(), receiver, false, event(sent.message())), receiver);
    }

    /** @return the id in {@code value}. @throws ValidationFailed naming {@code field} when it is not one */
    static UUID id(String field, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(field, "must be an id");
        }
    }

    private static MessageType type(String value) {
        if (value == null || value.isBlank()) {
            return MessageType.TEXT;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> MessageType.TEXT;
            case "image" -> MessageType.IMAGE;
            case "event_invite" -> MessageType.EVENT_INVITE;
            default -> throw invalid("messageType", "must be one of text, image, event_invite");
        };
    }

    private static ValidationFailed invalid(String field, String message) {
        return new ValidationFailed(List.of(new FieldError(field, message)));
    }
}
