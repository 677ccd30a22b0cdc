package io.ensemble.web.realtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the Socket.IO connections of a deployment speak a client profile's dialect (DESIGN §Client
 * profiles): the profile runs the inbound events it defines differently and rewrites the server
 * events its sockets get; everything else keeps the native meaning. {@code /ws} always speaks
 * {@link #NATIVE}. A profile package (e.g. {@code io.ensemble.web.compat.sioree}) implements it over
 * the same use cases as the native events.
 */
public interface SocketDialect {
    /** The native events of README §Realtime, unchanged. */
    SocketDialect NATIVE = new SocketDialect() {
    };

    /**
     * Runs an inbound event the dialect defines. Domain errors it throws reach the client as the
     * native {@code error} event (and the ack).
     *
     * @param socket the connection, its caller and what it may do
     * @param event the event name
     * @param data the event's fields
     * @return the ack body, or empty when the event is not the dialect's (the native handling runs)
     */
    default Optional<Object> handle(DialectSocket socket, String event, InboundData data) {
        return Optional.empty();
    }

    /**
     * What a socket of this dialect gets for a bus event published to {@code room}.
     *
     * @param payload a domain value, or its JSON when it came from another node
     * @return empty for the native event; else the events to send instead (an empty list drops it)
     */
    default Optional<List<Outbound>> translate(String room, String event, Object payload) {
        return Optional.empty();
    }

    /**
     * Called once when a socket of this dialect closes, before it leaves its rooms (e.g. to announce
     * {@code user_left}). Failures are logged, never thrown to the transport.
     */
    default void closed(DialectSocket socket) {
    }

    /**
     * One server event to send.
     *
     * @param event its name
     * @param payload anything Jackson can write
     */
    record Outbound(String event, Object payload) {
        /** @throws NullPointerException when a component is null */
        public Outbound {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(payload, "payload");
        }
    }
}
