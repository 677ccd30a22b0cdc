package io.ensemble.web.realtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.web.ErrorBody;
import io.ensemble.web.ErrorResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeRequest;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeResponse;

/**
 * Origin check of WebSocket upgrades ({@code /ws}, {@code /socket.io/}) against the API's CORS
 * allowlist ({@code http.corsAllowedOrigins}), RFC 6455 §10.2: browsers always send
 * {@code Origin}, so a page of another site cannot open a socket with a user's token. Requests
 * without {@code Origin} (native apps, servers) pass; an empty allowlist checks nothing.
 *
 * <p>A refused upgrade gets 403 with the API's error body ({@link ErrorBody}, code
 * {@code FORBIDDEN}). This only happens when Jetty's {@code CrossOriginHandler} in front of the
 * context delivers such upgrades ({@code setDeliverNonAllowedOriginWebSocketUpgradeRequests(true)},
 * see {@code EnsembleApplication}); by default it answers them itself with a bare 400.
 */
final class UpgradeOrigins {
    static final String MESSAGE = "This Origin may not open a socket: it is not in CORS_ALLOWED_ORIGINS.";

    private final Set<String> allowed;
    private final ObjectMapper json;

    UpgradeOrigins(Set<String> allowed, ObjectMapper json) {
        this.allowed = Set.copyOf(allowed);
        this.json = json;
    }

    /** @return true when the upgrade may proceed */
    boolean accepts(JettyServerUpgradeRequest request) {
        String origin = request.getHeader("Origin");
        return allowed.isEmpty() || origin == null || allowed.contains(origin);
    }

    /**
     * Answers the refused upgrade with 403 and {@code {success:false, error, message, code}}. The
     * body goes through the servlet response because {@link JettyServerUpgradeResponse} can set a
     * status but not write a body; its {@code sendForbidden} would render Jetty's HTML error page.
     */
    void refuse(JettyServerUpgradeRequest request, JettyServerUpgradeResponse response) {
        try {
            HttpServletResponse http = ServletContextRequest.getServletContextRequest(request.getHttpServletRequest())
                    .getHttpServletResponse();
            if (http == null || http.isCommitted()) {
                response.sendForbidden(MESSAGE);
                return;
            }
            byte[] body = json.writeValueAsBytes(ErrorBody.of(ErrorResponses.errorName(403), MESSAGE,
                    ErrorResponses.defaultCode(403)));
            http.setStatus(403);
            http.setContentType("application/json");
            http.setContentLength(body.length);
            try (OutputStream out = http.getOutputStream()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
    }
}
