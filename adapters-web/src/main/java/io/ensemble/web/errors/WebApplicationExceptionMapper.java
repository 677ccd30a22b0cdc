package io.ensemble.web.errors;

import io.ensemble.web.errors.ErrorResponses;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Renders Jersey's own errors (unknown route 404, 405, 406, 413, 415) in the CONVENTIONS.md shape. */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        String message = switch (status) {
            case 401 -> "Send a valid access token: Authorization: Bearer <token>.";
            case 403 -> "You may not do this.";
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource answers only application/json.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the body as application/json.";
            default -> status >= 500 ? "Something went wrong." : "The request could not be processed.";
        };
        Response.ResponseBuilder builder = Response.fromResponse(
                ErrorResponses.of(status, ErrorResponses.defaultCode(status), message));
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }
}
