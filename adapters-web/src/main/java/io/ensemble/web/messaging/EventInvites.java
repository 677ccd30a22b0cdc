package io.ensemble.web.messaging;

import io.ensemble.events.EventFinder;
import io.ensemble.events.EventReference;
import io.ensemble.identity.Caller;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessageType;
import io.ensemble.messaging.SendMessageCommand;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Chat messages of type {@code event_invite} (issue 21 §2, seeds/000 {@code messageType: "event_invite"}),
 * shared by the native routes, the native socket and the client dialects: the sent message names an event
 * the sender may see ({@code eventId}), stored as its one attachment, its title as the text when none is
 * given; the views carry {@code event {id, title, startsAt}} so the app renders its title and date.
 */
public final class EventInvites {
    private static final String INVITE = MessageType.EVENT_INVITE.wireName();
    private final EventFinder events;

    /** @param events where invited events are looked up */
    public EventInvites(EventFinder events) {
        this.events = events;
    }

    /**
     * The command for a message of the wire {@code type}: for {@code event_invite}, the event {@code eventId}
     * ({@code attachments} are ignored); any other type as {@link SendMessageCommand#of}.
     *
     * @throws ValidationFailed naming {@code eventId} (missing or not an id), {@code type} or the content
     * @throws io.ensemble.shared.errors.NotFound when the event is unknown or not visible to {@code caller}
     */
    public SendMessageCommand command(Caller caller, String type, String content, List<String> attachments,
                                      String clientMessageId, String eventId) {
        if (type == null || !type.strip().toLowerCase(Locale.ROOT).equals(INVITE)) {
            return SendMessageCommand.of(type, content, attachments, clientMessageId);
        }
        if (eventId == null || eventId.isBlank()) {
            throw invalid("is required for an event_invite");
        }
        UUID id;
        try {
            id = UUID.fromString(eventId.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("must be an id");
        }
        EventReference event = events.invitable(caller, id);
        String text = content == null || content.isBlank() ? event.title() : content;
        return new SendMessageCommand(MessageType.EVENT_INVITE, text, List.of(id.toString()),
                Optional.ofNullable(clientMessageId));
    }

    /** @return the invited event of an {@code event_invite} that still exists, else empty */
    public Optional<EventReference> reference(Message m) {
        if (m.type() != MessageType.EVENT_INVITE || m.attachments().isEmpty()) {
            return Optional.empty();
        }
        try {
            return events.reference(UUID.fromString(m.attachments().get(0)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @return the view of {@code m}, with its event reference when it is an {@code event_invite} */
    public MessageView view(Message m) {
        return MessageView.of(m, reference(m));
    }

    private static ValidationFailed invalid(String message) {
        return new ValidationFailed(List.of(new FieldError("eventId", message)));
    }
}
