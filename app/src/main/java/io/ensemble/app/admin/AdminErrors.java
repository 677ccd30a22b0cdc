package io.ensemble.app.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.web.errors.ErrorBody;
import io.ensemble.web.errors.ErrorResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes the CONVENTIONS.md error body from the admin port's servlets and filters. */
final class AdminErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AdminErrors() {
    }

    /**
     * @param response the response to write
     * @param status   the HTTP status, e.g. 401
     * @param code     the machine code, e.g. {@code UNAUTHENTICATED}
     * @param message  what to do
     * @throws IOException when the client went away
     */
    static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), ErrorBody.of(ErrorResponses.errorName(status), message, code));
    }
}
