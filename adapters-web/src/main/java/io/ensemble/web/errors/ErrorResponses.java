package io.ensemble.web.errors;

import io.ensemble.shared.errors.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds JSON error responses in the shape of {@link ErrorBody}; the one place statuses get names. */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    /** @return a response with {@code status} and an error body naming {@code code} */
    public static Response of(int status, String code, String message) {
        return of(status, code, message, List.of());
    }

    /** As {@link #of(int, String, String)} with per-field {@code details}. */
    public static Response of(int status, String code, String message, List<FieldError> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(errorName(status), message, code, details))
                .build();
    }

    /** @return the brief error name shown in {@code error} for an HTTP status */
    public static String errorName(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthenticated";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Unprocessable";
            case 429 -> "Too many requests";
            case 502 -> "Bad gateway";
            case 503 -> "Service unavailable";
            case 504 -> "Gateway timeout";
            default -> status >= 500 ? "Internal error" : "Request failed";
        };
    }

    /** @return the stable code used for a status when nothing more specific applies */
    public static String defaultCode(int status) {
        return switch (status) {
            case 400 -> "VALIDATION_FAILED";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 429 -> "RATE_LIMITED";
            case 503 -> "PROVIDER_UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL" : "REQUEST_FAILED";
        };
    }
}
