package io.ensemble.web.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.shared.errors.Unauthenticated;
import io.socket.engineio.server.EngineIoServer;
import io.socket.engineio.server.EngineIoServerOptions;
import io.socket.engineio.server.EngineIoSocket;
import io.socket.socketio.server.SocketIoServer;
import io.socket.socketio.server.SocketIoSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;
import org.json.JSONObject;

/**
 * Serves Socket.IO v4 (Engine.IO v4) at {@code /socket.io/} (DESIGN §Realtime) so the stock npm
 * {@code socket.io-client} v4 connects: the WebSocket transport through {@link EngineIoJettySocket}
 * on Jetty 12, long-polling through an async servlet calling {@link EngineIoServer#handleRequest}.
 * Authentication: {@code auth.token} of the handshake, else the {@code token} query parameter; a
 * bad token is refused at the namespace CONNECT ({@link SocketIoConnectGuard}, over WebSocket
 * and long-polling), so the client gets {@code connect_error} with {@code data.code}
 * ({@code UNAUTHENTICATED}, {@code INVALID_TOKEN}, …). WebSocket upgrades from an
 * {@code Origin} outside the allowlist that is not the server's own get 403; malformed handshakes
 * (bad {@code EIO}, {@code transport}, {@code sid} or query) get 400, oversized or unauthenticated
 * polling bodies 413 / 401, all with the API's JSON error body ({@link SocketIoPolling}, issue 28). Client events go to the {@link RealtimeGateway};
 * an ack callback receives the ack body.
 */
public final class SocketIoEndpoint {
    /** How long an upgrade naming an unknown sid waits for a handshake in flight to announce it. */
    private static final long HANDSHAKE_RACE_MILLIS = 200;

    private SocketIoEndpoint() {
    }

    /**
     * Registers {@code /socket.io/*} on {@code context}.
     *
     * @param allowedOrigins the API's CORS allowlist. Empty: Engine.IO allows no cross origin. Not
     *     empty: the application's CORS handler (same list, around the whole context) answers, so
     *     Engine.IO's own CORS handling is off; both would send {@code Access-Control-Allow-Origin}
     *     twice, which browsers reject
     * @param maxBodyBytes the largest long-polling POST body of an authenticated session, bytes
     *     ({@code http.maxBodyBytes}, as REST); larger ones get 413 ({@link SocketIoPolling})
     * @return the Engine.IO server, to {@link EngineIoServer#shutdown()} on stop
     */
    public static EngineIoServer register(ServletContextHandler context, RealtimeGateway gateway, ObjectMapper json,
                                          Set<String> allowedOrigins, Duration pingInterval, long maxBodyBytes) {
        return register(context, "/socket.io", gateway, json, allowedOrigins, pingInterval, maxBodyBytes, null, null);
    }

    /**
     * Registers Socket.IO at {@code path + "/*"} (e.g. seeds/003's {@code /ws/chat}, which clients reach
     * with {@code io(url, {path: '/ws/chat'})}), its sockets speaking {@code dialect}.
     *
     * @param dialect what this path's sockets speak, or null for the gateway's Socket.IO dialect
     * @param plain the plain JSON-frame socket for a WebSocket upgrade of this path without
     *     Engine.IO's {@code EIO} parameter, or null to refuse it as a malformed handshake
     * @return the Engine.IO server, to {@link EngineIoServer#shutdown()} on stop
     */
    public static EngineIoServer register(ServletContextHandler context, String path, RealtimeGateway gateway,
                                          ObjectMapper json, Set<String> allowedOrigins, Duration pingInterval,
                                          long maxBodyBytes, SocketDialect dialect,
                                          org.eclipse.jetty.ee10.websocket.server.JettyWebSocketCreator plain) {
        EngineIoServerOptions options = EngineIoServerOptions.newFromDefault();
        options.setAllowedCorsOrigins(allowedOrigins.isEmpty() ? EngineIoServerOptions.ALLOWED_CORS_ORIGIN_NONE
                : allowedOrigins.toArray(String[]::new));
        options.setCorsHandlingDisabled(!allowedOrigins.isEmpty());
        options.setPingInterval(pingInterval.toMillis());
        EngineIoServer engineIo = new EngineIoServer(options);
        Map<String, EngineIoSocket> open = new ConcurrentHashMap<>();
        engineIo.on("connection", args -> {
            EngineIoSocket socket = (EngineIoSocket) args[0];
            open.put(socket.getId(), socket);
            socket.on("close", a -> open.remove(socket.getId()));
        });
        SocketIoServer socketIo = new SocketIoServer(engineIo);
        socketIo.namespace("/").on("connection", args -> connected((SocketIoSocket) args[0], gateway, json, dialect));
        SocketIoConnectGuard guard = new SocketIoConnectGuard(gateway, json);
        UpgradeOrigins origins = new UpgradeOrigins(allowedOrigins, json);
        HandshakeErrors errors = new HandshakeErrors(json);
        EngineIoHandshake handshake = new EngineIoHandshake(sid -> isOpen(open, sid));

        JettyWebSocketServletContainerInitializer.configure(context, (servletContext, container) ->
                container.addMapping(path + "/*", (req, resp) -> {
                    if (!origins.accepts(req)) {
                        origins.refuse(req, resp);
                        return null;
                    }
                    if (plain != null && !req.getParameterMap().containsKey("EIO")) {
                        return plain.createWebSocket(req, resp);
                    }
                    var refused = handshake.refusal(EngineIoHandshake.parse(req.getQueryString()), true);
                    if (refused.isPresent()) {
                        errors.refuseUpgrade(req, resp, refused.get());
                        return null;
                    }
                    return new EngineIoJettySocket(engineIo, query(req.getParameterMap()), req.getHeaders(), guard);
                }));
        SocketIoPolling pollingServlet = new SocketIoPolling(engineIo, open, guard, errors, maxBodyBytes);
        engineIo.on("connection", args -> {
            EngineIoSocket socket = (EngineIoSocket) args[0];
            socket.on("close", a -> pollingServlet.closed(socket.getId()));
        });
        ServletHolder polling = new ServletHolder(path.equals("/socket.io") ? "socket.io-polling"
                : "socket.io-polling" + path.replace('/', '-'), pollingServlet);
        polling.setAsyncSupported(true);
        context.addServlet(polling, path + "/*");
        return engineIo;
    }

    /**
     * Whether {@code sid} is a live session, waiting up to {@link #HANDSHAKE_RACE_MILLIS} for one
     * being handshaken: Engine.IO writes the handshake answer before it announces the session, so a
     * fast client's upgrade can arrive first.
     */
    private static boolean isOpen(Map<String, EngineIoSocket> open, String sid) {
        long deadline = System.nanoTime() + HANDSHAKE_RACE_MILLIS * 1_000_000L;
        while (!open.containsKey(sid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> query(Map<String, ? extends Object> params) {
        Map<String, String> query = new HashMap<>();
        params.forEach((k, v) -> {
            if (v instanceof List<?> l) {
                query.put(k, l.isEmpty() ? "" : String.valueOf(l.get(0)));
            } else if (v instanceof String[] a) {
                query.put(k, a.length == 0 ? "" : a[0]);
            }
        });
        return query;
    }

    private static void connected(SocketIoSocket socket, RealtimeGateway gateway, ObjectMapper json,
                                  SocketDialect dialect) {
        SocketIoConnection connection = new SocketIoConnection(socket);
        ClientSession session;
        try {
            session = dialect == null ? gateway.open(tokenOf(socket), connection)
                    : gateway.open(tokenOf(socket), connection, dialect);
        } catch (Unauthenticated e) {
            connection.emit("error", json.createObjectNode().put("success", false).put("error", e.code())
                    .put("code", e.code()).put("message", e.getMessage()).put("event", "connect"));
            socket.disconnect(false);
            return;
        }
        socket.on("disconnect", a -> gateway.close(session));
        socket.registerAllEventListener((event, eventArgs) -> {
            Ack ack = null;
            int n = eventArgs.length;
            if (n > 0 && eventArgs[n - 1] instanceof SocketIoSocket.ReceivedByLocalAcknowledgementCallback cb) {
                ack = body -> cb.sendAcknowledgement(SocketIoConnection.toSocketIo(body));
                n--;
            }
            JsonNode data;
            try {
                data = n == 0 || eventArgs[0] == null || eventArgs[0] == JSONObject.NULL ? null
                        : json.readTree(eventArgs[0] instanceof String s ? json.writeValueAsString(s)
                                : eventArgs[0].toString());
            } catch (JsonProcessingException e) {
                gateway.malformed(session, "The event's argument is not JSON.");
                return;
            }
            gateway.handle(session, event, data, ack);
        });
    }

    private static String tokenOf(SocketIoSocket socket) {
        if (socket.getConnectData() instanceof JSONObject auth && auth.optString("token", null) != null) {
            return auth.optString("token");
        }
        Map<String, String> query = socket.getInitialQuery();
        String token = query == null ? null : query.get("token");
        if (token == null) {
            List<String> header = socket.getInitialHeaders() == null ? null
                    : socket.getInitialHeaders().get("Authorization");
            if (header != null && !header.isEmpty() && header.get(0).startsWith("Bearer ")) {
                token = header.get(0).substring("Bearer ".length());
            }
        }
        return token;
    }
}
