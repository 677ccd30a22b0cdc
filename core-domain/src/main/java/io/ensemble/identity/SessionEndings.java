package io.ensemble.identity;

import java.util.UUID;

/**
 * Port through which identity tells every node that a user's sessions ended (suspension, issue 20 §1), so
 * each node closes that user's open sockets at once. Called after the change committed; implementations
 * never throw (a lost signal leaves sockets open until they reconnect, when the revoked token is refused).
 */
@FunctionalInterface
public interface SessionEndings {
    /** Closes every open socket of {@code userId} on every node, after sending {@code reason}. */
    void ended(UUID userId, String reason);
}
