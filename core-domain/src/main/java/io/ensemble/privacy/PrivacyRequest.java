package io.ensemble.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A request to erase or export a user's data (issue 20 §4), worked through by the privacy job one
 * step at a time; {@code stepsDone} is saved after each step so a restarted job resumes there.
 *
 * @param id          the request's id
 * @param userId      whose data
 * @param kind        ERASURE or EXPORT
 * @param status      PENDING (waiting or to be resumed), RUNNING (a job run holds it), DONE
 * @param requestedBy who asked (the user, or the admin who deleted them)
 * @param stepsDone   steps finished so far
 * @param stepsTotal  steps of the whole request
 * @param terms       personal strings to scrub (erasure only; cleared when done)
 * @param archiveKey  the export archive's storage key once built
 * @param error       the last failure, when a step failed (it is retried)
 * @param createdAt   when it was asked for
 * @param finishedAt  when it was done
 */
public record PrivacyRequest(UUID id, UUID userId, Kind kind, Status status, UUID requestedBy, int stepsDone,
        int stepsTotal, List<String> terms, Optional<String> archiveKey, Optional<String> error, Instant createdAt,
        Optional<Instant> finishedAt) {

    /** What is asked. */
    public enum Kind { ERASURE, EXPORT }

    /** Where the request is. */
    public enum Status { PENDING, RUNNING, DONE }

    /** @throws NullPointerException when a field is missing */
    public PrivacyRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedBy, "requestedBy");
        terms = List.copyOf(terms);
        Objects.requireNonNull(archiveKey, "archiveKey");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /** @return a new PENDING request */
    public static PrivacyRequest pending(UUID id, UUID userId, Kind kind, UUID requestedBy, int stepsTotal,
            List<String> terms, Instant at) {
        return new PrivacyRequest(id, userId, kind, Status.PENDING, requestedBy, 0, stepsTotal, terms,
                Optional.empty(), Optional.empty(), at, Optional.empty());
    }
}
