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
        register(context, path, gateway, json, idleTimeout, allowedOrigins, heartbeat, null);
    }

    /**
     * Like {@link #register(ServletContextHandler, String, RealtimeGateway, ObjectMapper, Duration, Set,
     * WsHeartbeat)} for sockets that speak {@code dialect} (null: native); the token may also come as
     * {@code Authorization: Bearer …}.
     */
    public static void register(ServletContextHandler context, String path, RealtimeGateway gateway,
                                ObjectMapper json, Duration idleTimeout, Set<String> allowedOrigins,
                                WsHeartbeat heartbeat, SocketDialect dialect) {
        UpgradeOrigins origins = new UpgradeOrigins(allowedOrigins, json);
        JettyWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            container.setMaxTextMessageSize(MAX_TEXT_BYTES);
            container.setIdleTimeout(idleTimeout);
            container.addMapping(path, (req, resp) -> {
                if (!origins.accepts(req)) {
                    origins.refuse(req, resp);
                    return null;
                }
                return socket(req, gateway, json, heartbeat, dialect);
            });
        });
    }

    /**
     * A plain socket for an upgrade request: the token from {@code ?token=}, else (for a dialect's
     * path) {@code Authorization: Bearer …}, else the socket waits for an {@code auth} frame.
     */
    static WsSocket socket(org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeRequest req,
                           RealtimeGateway gateway, ObjectMapper json, WsHeartbeat heartbeat, SocketDialect dialect) {
        List<String> query = req.getParameterMap().get("token");
        String token = query == null || query.isEmpty() ? null : query.get(0);
        String header = req.getHeader("Authorization");
        if (token == null && dialect != null && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = header.substring(7);
        }
        return new WsSocket(gateway, json, token, heartbeat, dialect);
    }

    /**
     * The creator of plain JSON-frame sockets speaking {@code dialect}, for a path that serves them
     * beside Socket.IO ({@link SocketIoEndpoint#register(ServletContextHandler, String, RealtimeGateway,
     * ObjectMapper, Set, Duration, long, SocketDialect, org.eclipse.jetty.ee10.websocket.server.JettyWebSocketCreator)}).
     */
    public static org.eclipse.jetty.ee10.websocket.server.JettyWebSocketCreator creator(
            RealtimeGateway gateway, ObjectMapper json, WsHeartbeat heartbeat, SocketDialect dialect) {
        return (req, resp) -> socket(req, gateway, json, heartbeat, dialect);
    }
}
