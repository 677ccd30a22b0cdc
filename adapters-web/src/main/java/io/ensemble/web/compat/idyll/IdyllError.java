package io.ensemble.web.compat.idyll;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.web.errors.ErrorBody;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Idyll dialect's error body (seeds/003 names none; issue 22 §3): {@code {"error": "Not Found",
 * "message": "…"}} with the native status and headers. {@code error} is the short reason of the
 * native body; {@code message} says what went wrong, field errors spelled into it
 * ({@code "email: must be an email address; phone: …"}) so a form can show it as is.
 *
 * @param error short reason, e.g. {@code Validation Failed}, {@code Conflict}
 * @param message what went wrong and what to do, for people
 */
public record IdyllError(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Short reason, e.g. Not Found")
                         String error,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What went wrong, for people")
                         String message) {
    /** @return the dialect's body for a native error body */
    public static IdyllError of(ErrorBody body) {
        List<FieldError> details = body.details() == null ? List.of() : body.details();
        if (details.isEmpty()) {
            return new IdyllError(body.error(), body.message());
        }
        return new IdyllError(body.error(), details.stream().map(d -> d.field() + ": " + d.message())
                .collect(Collectors.joining("; ")));
    }
}
