package io.ensemble.connections;

import java.util.UUID;

/**
 * Read-only query other contexts use to ask whether two users are connected (e.g. messaging's
 * {@code requireConnection}, issue 5 §3). Implemented by the connections repository adapter.
 */
public interface ConnectionDirectory {
    /** @return whether an ACCEPTED request exists between {@code a} and {@code b}, in either direction */
    boolean connected(UUID a, UUID b);
}
