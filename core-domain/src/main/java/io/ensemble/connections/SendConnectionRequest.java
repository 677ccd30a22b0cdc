package io.ensemble.connections;

import io.ensemble.shared.errors.Validator;
import java.util.Optional;
import java.util.UUID;

/**
 * Body of {@code POST /api/v1/connections/request} (seeds/001 §Connections). Self-validating: the
 * constructor throws {@link io.ensemble.shared.errors.ValidationFailed} naming each bad field.
 *
 * @param receiverId UUID text of the user to connect with (required)
 * @param message optional note, stripped, at most {@value #MESSAGE_MAX} characters; blank means none
 */
public record SendConnectionRequest(String receiverId, String message) {
    public static final int MESSAGE_MAX = 500;

    public SendConnectionRequest {
        receiverId = receiverId == null ? null : receiverId.strip();
        message = message == null || message.isBlank() ? null : message.strip();
        Validator v = new Validator();
        if (v.required("receiverId", receiverId)) {
            v.check(parse(receiverId).isPresent(), "receiverId", "must be a user id (UUID)");
        }
        v.maxLength("message", message, MESSAGE_MAX);
        v.throwIfInvalid();
    }

    /** @return the receiver's id */
    public UUID receiver() {
        return parse(receiverId).orElseThrow();
    }

    /** @return the note, empty when none was sent */
    public Optional<String> note() {
        return Optional.ofNullable(message);
    }

    private static Optional<UUID> parse(String value) {
        try {
            UUID id = UUID.fromString(value);
            return id.toString().equalsIgnoreCase(value) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
