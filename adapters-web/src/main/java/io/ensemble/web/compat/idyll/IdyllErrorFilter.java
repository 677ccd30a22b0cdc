package io.ensemble.web.compat.idyll;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.web.errors.ErrorBody;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Gives the Idyll dialect's routes ({@link IdyllRoute}) an Express-style error body,
 * {@code {"error": "<brief name>", "message": "<what to do>"}} (field errors spelled into the message),
 * status and headers ({@code Retry-After}, {@code WWW-Authenticate}) kept (issue 22 §3).
 */
@IdyllRoute
public final class IdyllErrorFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof ErrorBody body) {
            response.setEntity(IdyllError.of(body), response.getEntityAnnotations(), response.getMediaType());
        }
    }

    /**
     * The dialect's error body.
     *
     * @param error a brief name, e.g. {@code Validation failed}
     * @param message what went wrong and what to do
     */
    public record IdyllError(String error, String message) {
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
}
