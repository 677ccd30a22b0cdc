package io.ensemble.connections;

import io.ensemble.shared.paging.Cursor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read port of the admin views of connections (issue 20 §1); implemented by the connections repository adapter. */
public interface ConnectionListing {
    /**
     * Every request matching {@code filter}, newest first ({@code createdAt DESC, id DESC}).
     *
     * @param after resume strictly after this position; @param max rows at most (callers over-fetch by one)
     */
    List<ConnectionRequest> findAll(ConnectionFilter filter, Optional<Cursor> after, int max);

    /** @return the user's request counts by state (zeros for an unknown user) */
    ConnectionCounts countsFor(UUID userId);
}
