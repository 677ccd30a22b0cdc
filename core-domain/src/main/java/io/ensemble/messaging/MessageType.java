package io.ensemble.messaging;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.List;
import java.util.Locale;

/**
 * Kind of message (issue 4 §1); rendered in lower case in JSON ({@code "text"}). {@code EVENT_INVITE}
 * (seeds/000 message type {@code event_invite}, issue 21 §2) carries the invited event's id as its
 * one attachment; only senders that check the event first send it (never {@link #fromClient}).
 */
public enum MessageType {
    TEXT, IMAGE, FILE, SYSTEM, EVENT_INVITE;

    /** @return the lower-case wire name, e.g. {@code text} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a client-supplied type; absent means {@code text}. Clients may not send {@code system}.
     *
     * @param value {@code text}, {@code image} or {@code file} (any case), or null
     * @throws ValidationFailed (field {@code type}) for anything else
     */
    public static MessageType fromClient(String value) {
        if (value == null || value.isBlank()) {
            return TEXT;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "image" -> IMAGE;
            case "file" -> FILE;
            default -> throw new ValidationFailed(List.of(new FieldError("type", "must be one of text, image, file")));
        };
    }
}
