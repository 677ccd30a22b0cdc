package io.ensemble.messaging;

import java.util.UUID;

/**
 * Port to the connections context (seeds/001 §Connections): consulted only when
 * {@code messaging.requireConnection} is true.
 */
public interface ConnectionDirectory {
    /** @return whether users {@code a} and {@code b} have an accepted connection (order irrelevant) */
    boolean connected(UUID a, UUID b);
}
