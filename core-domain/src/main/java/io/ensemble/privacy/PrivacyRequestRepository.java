package io.ensemble.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the stored privacy requests and their progress (table {@code privacy_requests}). */
public interface PrivacyRequestRepository {

    /** Stores a new request. */
    void insert(PrivacyRequest request);

    /** @return the user's newest request of that kind */
    Optional<PrivacyRequest> latest(UUID userId, PrivacyRequest.Kind kind);

    /** @return the request with that id */
    Optional<PrivacyRequest> find(UUID id);

    /**
     * Takes the oldest request that is PENDING, or RUNNING with a lease that ran out (its run crashed),
     * for this run until {@code leaseUntil}; concurrent runs never take the same one.
     *
     * @return the request, now RUNNING
     */
    Optional<PrivacyRequest> claimNext(Instant now, Instant leaseUntil);

    /** Saves that {@code stepsDone} steps are finished and extends the lease. */
    void progress(UUID id, int stepsDone, Instant leaseUntil);

    /** Marks the request DONE, clearing its terms and error, with its archive key for an export. */
    void finish(UUID id, Optional<String> archiveKey, Instant at);

    /** Puts a failed request back to PENDING with the failure's message, to be resumed by the next run. */
    void failed(UUID id, String error);

    /** @return the storage keys of every export archive built for the user */
    List<String> archiveKeysOf(UUID userId);
}
