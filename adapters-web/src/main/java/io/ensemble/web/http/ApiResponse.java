package io.ensemble.web.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

/**
 * The success envelope of CONVENTIONS.md §HTTP API: {@code {"success": true, "message": "…", "data": …}}.
 *
 * @param <T> shape of {@code data}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResponse<T>(boolean success, String message, T data) {

    /** @return a success envelope carrying {@code data} */
    public static <T> ApiResponse<T> ok(String message, T data) {
        return new ApiResponse<>(true, message, data);
    }

    /** @return a 201 Created answer carrying the success envelope of {@code data} */
    public static Response created(String message, Object data) {
        return Response.status(Response.Status.CREATED).entity(ok(message, data)).build();
    }
}
