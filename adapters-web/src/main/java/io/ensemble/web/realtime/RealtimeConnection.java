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
     * Sends several server events (one or more) with the same data, in order, from the room
     * fan-out: {@code data} is shared with the room's other sockets and encoded once for all of
     * them. A transport that can (the {@code /ws} socket) writes the events to the network at once.
     */
    void emitAll(List<String> events, SharedEventData data);

    /**
     * Sends the server event {@code error} with {@code error} and closes the socket for good, telling
     * the client not to reconnect by itself (issue 28: a user's oldest socket past the cap).
     *
     * @param reason the close reason, at most 123 bytes of UTF-8
     */
    void evict(JsonNode error, String reason);

    /** Closes the socket, e.g. on shutdown with a reconnect hint. */
    void close(String reason);
}
