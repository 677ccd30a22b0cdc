package io.ensemble.web.realtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
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
     * Maps {@code path} (e.g. {@code /ws}) to a {@link WsSocket} per connection.
     *
     * @param idleTimeout how long a silent socket stays open (clients send pings)
     */
    public static void register(ServletContextHandler context, String path, RealtimeGateway gateway,
                                ObjectMapper json, Duration idleTimeout) {
        JettyWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            container.setMaxTextMessageSize(MAX_TEXT_BYTES);
            container.setIdleTimeout(idleTimeout);
            container.addMapping(path, (req, resp) -> {
                List<String> token = req.getParameterMap().get("token");
                return new WsSocket(gateway, json, token == null || token.isEmpty() ? null : token.get(0));
            });
        });
    }
}
