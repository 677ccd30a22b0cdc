package io.ensemble.web.realtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.web.errors.ErrorBody;
import io.ensemble.web.errors.ErrorResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeRequest;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeResponse;

/**
 * Refusals of socket handshakes ({@code /ws}, {@code /socket.io/} polling and upgrades) in the API's
 * error body of CONVENTIONS.md ({@code {success:false, error, message, code}}), never Jetty's HTML
 * error page or an exception text (issue 28).
 */
final class HandshakeErrors {
    private final ObjectMapper json;

    HandshakeErrors(ObjectMapper json) {
        this.json = json;
    }

    /** A refusal: HTTP status, stable code and a message saying what to do. */
    record Refusal(int status, String code, String message) {
        static Refusal of(int status, String message) {
            return new Refusal(status, ErrorResponses.defaultCode(status), message);
        }
    }

    /**
     * Writes {@code refusal} as the whole response, unless the response is already committed. The
     * connection is closed after it when {@code close} (e.g. a request body left unread).
     */
    void write(HttpServletResponse response, Refusal refusal, boolean close) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        byte[] body = json.writeValueAsBytes(ErrorBody.of(ErrorResponses.errorName(refusal.status()),
                refusal.message(), refusal.code()));
        response.setStatus(refusal.status());
        response.setContentType("application/json");
        response.setContentLength(body.length);
        if (close) {
            response.setHeader("Connection", "close");
        }
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    /**
     * Answers a refused WebSocket upgrade. The body goes through the servlet response because
     * {@link JettyServerUpgradeResponse} can set a status but not write a body; its
     * {@code sendForbidden} would render Jetty's HTML error page.
     */
    void refuseUpgrade(JettyServerUpgradeRequest request, JettyServerUpgradeResponse response, Refusal refusal) {
        try {
            HttpServletResponse http = ServletContextRequest.getServletContextRequest(request.getHttpServletRequest())
                    .getHttpServletResponse();
            if (http == null || http.isCommitted()) {
                response.sendError(refusal.status(), refusal.message());
                return;
            }
            write(http, refusal, false);
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
    }
}
