package io.ensemble.web.compat.sioree;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.web.errors.ErrorBody;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The error body of seeds/000: {@code {"error": "…"}} (e.g. {@code {"error": "Invalid state"}}), with
 * the native status. Field errors are spelled into the sentence ({@code "email: must be an email
 * address"}).
 *
 * @param error what went wrong and what to do
 */
public record SioreeError(String error) {
    /** @return the seed's body for a native error body */
    public static SioreeError of(ErrorBody body) {
        List<FieldError> details = body.details() == null ? List.of() : body.details();
        if (details.isEmpty()) {
            return new SioreeError(body.message());
        }
        return new SioreeError(details.stream().map(d -> d.field() + ": " + d.message())
                .collect(Collectors.joining("; ")));
    }
}
