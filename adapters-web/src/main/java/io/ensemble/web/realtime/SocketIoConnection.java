package io.ensemble.web.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.socket.socketio.server.SocketIoSocket;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Socket.IO socket as a {@link RealtimeConnection}: JSON goes out as org.json values (Socket.IO events). */
final class SocketIoConnection implements RealtimeConnection {
    private static final Logger LOG = LoggerFactory.getLogger(SocketIoConnection.class);
    private final SocketIoSocket socket;

    SocketIoConnection(SocketIoSocket socket) {
        this.socket = socket;
    }

    @Override
    public void emit(String event, JsonNode data) {
        send(List.of(event), toSocketIo(data));
    }

    @Override
    public void emitAll(List<String> events, SharedEventData data) {
        send(events, data.socketIo());
    }

    /** Sends each event with the same (read-only) org.json argument, unless the socket is gone. */
    private void send(List<String> events, Object argument) {
        try {
            synchronized (socket) {
                for (String event : events) {
                    if (socket.isConnected()) {
                        socket.send(event, argument);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("Dropped {} to a closing Socket.IO socket", events, e);
        }
    }

    /**
     * Sends {@code error}, then a Socket.IO DISCONNECT and closes the transport: the stock client
     * sees {@code io server disconnect} and does not reconnect by itself.
     */
    @Override
    public void evict(JsonNode error, String reason) {
        emit("error", error);
        try {
            synchronized (socket) {
                socket.disconnect(true);
            }
        } catch (RuntimeException e) {
            LOG.debug("Socket.IO connection already closing", e);
        }
    }

    /**
     * Closes the Engine.IO connection under the socket without a Socket.IO DISCONNECT packet, so the
     * stock client sees {@code transport close} and reconnects by itself (a server DISCONNECT,
     * {@code io server disconnect}, would stop its reconnection).
     */
    @Override
    public void close(String reason) {
        try {
            socket.getClient().getConnection().close();
        } catch (RuntimeException e) {
            LOG.debug("Socket.IO connection already closing", e);
        }
    }

    /** @return {@code data} as the org.json value Socket.IO serialises (object, array, or scalar) */
    static Object toSocketIo(JsonNode data) {
        if (data == null || data.isNull() || data.isMissingNode()) {
            return JSONObject.NULL;
        } else if (data.isObject()) {
            return new JSONObject(data.toString());
        } else if (data.isArray()) {
            return new JSONArray(data.toString());
        } else if (data.isTextual()) {
            return data.asText();
        } else if (data.isBoolean()) {
            return data.booleanValue();
        }
        return data.numberValue();
    }
}
