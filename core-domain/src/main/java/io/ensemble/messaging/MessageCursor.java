package io.ensemble.messaging;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque cursor of a message list (DESIGN §Patterns, sort key {@code seq}): base64url of
 * {@code before:N} (history, newest first) or {@code after:N} (catch-up, oldest first).
 */
public record MessageCursor(boolean backwards, long seq) {

    /** @return the opaque token */
    public String encode() {
        String raw = (backwards ? "before:" : "after:") + seq;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ValidationFailed (field {@code field}) for a token this API did not make */
    public static MessageCursor decode(String field, String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (raw.startsWith("before:")) {
                return new MessageCursor(true, Long.parseLong(raw.substring(7)));
            }
            if (raw.startsWith("after:")) {
                return new MessageCursor(false, Long.parseLong(raw.substring(6)));
            }
        } catch (RuntimeException e) {
            // falls through to the validation error
        }
        throw new ValidationFailed(List.of(new FieldError(field, "is not a cursor this list returned")));
    }
}
