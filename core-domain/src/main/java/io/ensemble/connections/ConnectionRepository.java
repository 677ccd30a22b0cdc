package io.ensemble.connections;

import io.ensemble.shared.paging.Cursor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence port of {@code connection_requests}. At most one PENDING or ACCEPTED request exists
 * per unordered pair of users; the adapter enforces it with a unique index.
 */
public interface ConnectionRepository extends ConnectionDirectory {
    /**
     * Whether either user blocked the other (issue 27 §Blocking): a request between them is then
     * refused as for an unknown user.
     */
    default boolean blockedEitherWay(UUID a, UUID b) {
        return false;
    }

    /**
     * Stores a new PENDING request.
     *
     * @throws io.ensemble.shared.errors.Conflict {@code CONNECTION_EXISTS} when the pair already has a
     *     PENDING or ACCEPTED request (also when a concurrent insert won the race)
     */
    void insert(ConnectionRequest request);

    /** @return the request with this id, in any state */
    Optional<ConnectionRequest> findById(UUID id);

    /** @return the PENDING or ACCEPTED request between the two users, in either direction */
    Optional<ConnectionRequest> findOpenBetween(UUID a, UUID b);

    /**
     * Compare-and-set of a PENDING request addressed to {@code receiverId} into {@code next}.
     *
     * @return whether this call moved it (false when it is not PENDING or not theirs)
     */
    boolean respond(UUID requestId, UUID receiverId, ConnectionStatus next, Instant at);

    /** The user's PENDING sent requests with the receiver's public info, newest first. */
    List<RequestListing> pendingSent(UUID userId, Optional<Cursor> after, int max);

    /** The user's PENDING received requests with the requester's public info, newest first. */
    List<RequestListing> pendingReceived(UUID userId, Optional<Cursor> after, int max);

    /**
     * The user's ACCEPTED requests with the other user's public info, most recently connected first
     * (cursor over {@code (responded_at, id)}).
     */
    List<RequestListing> accepted(UUID userId, Optional<Cursor> after, int max);
}
