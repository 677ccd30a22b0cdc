package io.ensemble.web.realtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One client socket as the {@link RealtimeGateway} sees it, whatever the transport ({@code /ws} or
 * {@code /socket.io/}). Implementations must be safe to call from any thread and never throw for
 * a closed socket (the event is dropped; the client catches up by seq).
 */
public interface RealtimeConnection {
    /** Sends the server event {@code event} with JSON {@code data} to this client. */
    void emit(String event, JsonNode data);

    /** Closes the socket, e.g. on shutdown with a reconnect hint. */
    void close(String reason);
}
