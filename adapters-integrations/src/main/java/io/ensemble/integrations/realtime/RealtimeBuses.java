package io.ensemble.integrations.realtime;

import io.ensemble.messaging.ClusterPresence;
import io.ensemble.messaging.LocalRealtimeBus;
import io.ensemble.messaging.RealtimeBus;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a {@link RealtimeBusFactory} builds. {@code local} is what this node's sockets listen to,
 * {@code publisher} where events are published (the same object for {@code local}; a
 * {@link RedisRealtimeBus} feeding {@code local} and the other nodes for {@code redis}), {@code presence}
 * the other nodes' presence ({@link ClusterPresence#SINGLE_NODE} for {@code local}, issue 29 §4).
 * {@code connection} and {@code presenceFeed} start and stop with the server.
 */
public record RealtimeBuses(LocalRealtimeBus local, RealtimeBus publisher, ClusterPresence presence,
                           Connection connection, PresenceFeed presenceFeed) {

    /** The bus's connections to the other nodes; {@link #NONE} for one node. */
    public interface Connection extends AutoCloseable {
        /** Nothing to connect. */
        Connection NONE = new Connection() {
            @Override
            public void start() {
            }

            @Override
            public void close() {
            }
        };

        /** Connects; when the store is unreachable, keeps retrying in the background. Never throws. */
        void start();

        /** Closes the connections. */
        @Override
        void close();
    }

    /** Keeps this node's presence entries alive in the shared store; {@link #NONE} for one node. */
    public interface PresenceFeed extends AutoCloseable {
        /** Nothing to keep alive. */
        PresenceFeed NONE = new PresenceFeed() {
            @Override
            public void start(Supplier<Set<UUID>> connectedHere, Consumer<UUID> expired) {
            }

            @Override
            public void close() {
            }
        };

        /**
         * Starts the heartbeat.
         *
         * @param connectedHere the users with a connection on this node (refreshed each heartbeat)
         * @param expired told of each user who went offline because their node stopped beating
         */
        void start(Supplier<Set<UUID>> connectedHere, Consumer<UUID> expired);

        /** Stops the heartbeat (this node's entries expire after the TTL). */
        @Override
        void close();
    }
}
