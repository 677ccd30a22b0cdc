package io.ensemble.web.realtime;

import java.io.IOException;
import java.util.Set;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeRequest;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeResponse;

/**
 * Origin check of WebSocket upgrades ({@code /ws}, {@code /socket.io/}) against the API's CORS
 * allowlist ({@code http.corsAllowedOrigins}), RFC 6455 §10.2: browsers always send
 * {@code Origin}, so a page of another site cannot open a socket with a user's token. Requests
 * without {@code Origin} (native apps, servers) pass; an empty allowlist checks nothing.
 */
final class UpgradeOrigins {
    private final Set<String> allowed;

    UpgradeOrigins(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** @return true when the upgrade may proceed */
    boolean accepts(JettyServerUpgradeRequest request) {
        String origin = request.getHeader("Origin");
        return allowed.isEmpty() || origin == null || allowed.contains(origin);
    }

    /** Answers the refused upgrade with 403. */
    void refuse(JettyServerUpgradeResponse response) {
        try {
            response.sendForbidden("Origin not allowed");
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
    }
}
