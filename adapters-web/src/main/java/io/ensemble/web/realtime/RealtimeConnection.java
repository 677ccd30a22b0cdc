package io.ensemble.web.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One client socket as the {@link RealtimeGateway} sees it, whatever the transport ({@code /ws} or
 * {@code /socket.io/}). Implementations must be safe to call from any thread and never throw for
 * a closed socket (the event is dropped; the client catches up by seq).
 */
public interface RealtimeConnection {
    /** Sends the server event {@code event} with JSON {@code data} to this client. */
    void emit(String event, JsonNode data);

    /**
     * Sends several server events with the same data, in order; a transport that can (the
     * {@code /ws} socket) writes them to the network at once. By default, one {@link #emit} each.
     */
    default void emitAll(List<String> events, JsonNode data) {
        for (String event : events) {
            emit(event, data);
        }
    }

    /** Closes the socket, e.g. on shutdown with a reconnect hint. */
    void close(String reason);
}
