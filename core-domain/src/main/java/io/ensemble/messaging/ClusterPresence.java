package io.ensemble.messaging;

import java.util.UUID;

/**
 * Presence across nodes (issue 29 §4): which users have an open connection on some node. A node
 * reports its own transitions (a user's first connection on this node, its last one closing);
 * the store answers whether that changed the user's presence cluster-wide. {@link #SINGLE_NODE}
 * is the one-node answer (every local transition is a cluster-wide one). Implementations never
 * throw: when the shared store is unreachable they answer as {@link #SINGLE_NODE} does.
 */
public interface ClusterPresence {
    /** One node: presence is this node's connections alone. */
    ClusterPresence SINGLE_NODE = new ClusterPresence() {
        @Override
        public boolean nodeOnline(UUID userId) {
            return true;
        }

        @Override
        public boolean nodeOffline(UUID userId) {
            return true;
        }

        @Override
        public boolean onOtherNodes(UUID userId) {
            return false;
        }
    };

    /**
     * {@code userId} opened their first connection on this node.
     *
     * @return whether no other node had them online (so {@code user_online} is due)
     */
    boolean nodeOnline(UUID userId);

    /**
     * {@code userId}'s last connection on this node closed.
     *
     * @return whether no other node has them online (so {@code user_offline} is due)
     */
    boolean nodeOffline(UUID userId);

    /** @return whether another node holds a live connection of {@code userId} */
    boolean onOtherNodes(UUID userId);
}
