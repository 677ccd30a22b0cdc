package io.ensemble.web.realtime;

import io.socket.engineio.server.EngineIoServer;
import io.socket.engineio.server.EngineIoWebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * Engine.IO's WebSocket transport over a Jetty 12 WebSocket session (STACK.md §Socket.IO: the
 * official {@code engine.io-server-jetty} is Jetty 9 only). Frames in are emitted to Engine.IO as
 * {@code message}, except a namespace CONNECT with a bad token, answered with CONNECT_ERROR by
 * {@link SocketIoConnectGuard}; Engine.IO's writes go out asynchronously, in order. Public only because Jetty
 * invokes its listener methods reflectively; built by {@link SocketIoEndpoint}.
 */
public final class EngineIoJettySocket extends EngineIoWebSocket implements Session.Listener.AutoDemanding {
    private final EngineIoServer server;
    private final Map<String, String> query;
    private final Map<String, List<String>> headers;
    private final SocketIoConnectGuard guard;
    private volatile Session session;

    EngineIoJettySocket(EngineIoServer server, Map<String, String> query, Map<String, List<String>> headers,
                        SocketIoConnectGuard guard) {
        this.server = server;
        this.query = query;
        this.headers = headers;
        this.guard = guard;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        this.session = session;
        server.handleWebSocket(this);
    }

    @Override
    public void onWebSocketText(String message) {
        var refused = guard.rejection(message, query, headers);
        if (refused.isPresent()) {
            write(refused.get());
            return;
        }
        emit("message", message);
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        byte[] bytes = new byte[payload.remaining()];
        payload.get(bytes);
        callback.succeed();
        emit("message", (Object) bytes);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        emit("close");
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        emit("error", "write error", cause.getMessage());
    }

    @Override
    public Map<String, String> getQuery() {
        return query;
    }

    @Override
    public Map<String, List<String>> getConnectionHeaders() {
        return headers;
    }

    @Override
    public void write(String message) {
        Session s = session;
        if (s != null && s.isOpen()) {
            s.sendText(message, Callback.NOOP);
        }
    }

    @Override
    public void write(byte[] message) {
        Session s = session;
        if (s != null && s.isOpen()) {
            s.sendBinary(ByteBuffer.wrap(message), Callback.NOOP);
        }
    }

    @Override
    public void close() {
        Session s = session;
        if (s != null) {
            s.close();
        }
    }
}
