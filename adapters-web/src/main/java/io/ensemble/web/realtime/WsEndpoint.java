package io.ensemble.web.realtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;

/**
 * Registers the {@code /ws} JSON-frame endpoint (DESIGN §Realtime; frames described in
 * {@link WsSocket}) on the application's servlet context, over Jetty 12 ee10 WebSocket.
 */
public final class WsEndpoint {
    /** Largest accepted inbound frame: a 10,000-character message plus its envelope. */
    public static final long MAX_TEXT_BYTES = 64 * 1024;

    private WsEndpoint() {
    }

    /**
     * Maps {@code path} (e.g. {@code /ws}) to a {@link WsSocket} per connection. An upgrade whose
     * {@code Origin} is not in {@code allowedOrigins} (when that is not empty) gets 403 with the API's
     * error body ({@link UpgradeOrigins}).
     *
     * @param idleTimeout how long a socket with no traffic at all stays open
     * @param heartbeat pings the sockets and drops the dead ones (the caller schedules its beats)
     */
    public static void register(ServletContextHandler context, String path, RealtimeGateway gateway,
                                ObjectMapper json, Duration idleTimeout, Set<String> allowedOrigins,
                                WsHeartbeat heartbeat) {
        UpgradeOrigins origins = new UpgradeOrigins(allowedOrigins, json);
        JettyWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            container.setMaxTextMessageSize(MAX_TEXT_BYTES);
            container.setIdleTimeout(idleTimeout);
            container.addMapping(path, (req, resp) -> {
                if (!origins.accepts(req)) {
                    origins.refuse(req, resp);
                    return null;
                }
                List<String> token = req.getParameterMap().get("token");
                return new WsSocket(gateway, json, token == null || token.isEmpty() ? null : token.get(0), heartbeat);
            });
        });
    }
}
