package io.ensemble.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** In-memory {@link PrivacyRequestRepository} with the same lease rules as the SQL one. */
final class InMemoryPrivacyRequests implements PrivacyRequestRepository {
    final Map<UUID, PrivacyRequest> rows = new HashMap<>();
    final Map<UUID, Instant> leases = new HashMap<>();

    @Override
    public void insert(PrivacyRequest request) {
        rows.put(request.id(), request);
    }

    @Override
    public Optional<PrivacyRequest> latest(UUID userId, PrivacyRequest.Kind kind) {
        return rows.values().stream().filter(r -> r.userId().equals(userId) && r.kind() == kind)
                .max(Comparator.comparing(PrivacyRequest::createdAt));
    }

    @Override
    public Optional<PrivacyRequest> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<PrivacyRequest> claimNext(Instant now, Instant leaseUntil) {
        Optional<PrivacyRequest> next = rows.values().stream()
                .filter(r -> r.status() == PrivacyRequest.Status.PENDING || (r.status() == PrivacyRequest.Status.RUNNING
                        && leases.getOrDefault(r.id(), Instant.MIN).isBefore(now)))
                .min(Comparator.comparing(PrivacyRequest::createdAt));
        next.ifPresent(r -> {
            rows.put(r.id(), with(r, PrivacyRequest.Status.RUNNING, r.stepsDone(), r.error(), r.archiveKey(),
                    r.finishedAt()));
            leases.put(r.id(), leaseUntil);
        });
        return next.map(r -> rows.get(r.id()));
    }

    @Override
    public void progress(UUID id, int stepsDone, Instant leaseUntil) {
        PrivacyRequest r = rows.get(id);
        rows.put(id, with(r, r.status(), Math.max(stepsDone, r.stepsDone()), r.error(), r.archiveKey(), r.finishedAt()));
        leases.put(id, leaseUntil);
    }

    @Override
    public void finish(UUID id, Optional<String> archiveKey, Instant at) {
        PrivacyRequest r = rows.get(id);
        rows.put(id, with(r, PrivacyRequest.Status.DONE, r.stepsTotal(), Optional.empty(), archiveKey, Optional.of(at)));
    }

    @Override
    public void failed(UUID id, String error) {
        PrivacyRequest r = rows.get(id);
        rows.put(id, with(r, PrivacyRequest.Status.PENDING, r.stepsDone(), Optional.of(error), r.archiveKey(),
                r.finishedAt()));
    }

    @Override
    public List<String> archiveKeysOf(UUID userId) {
        List<String> keys = new ArrayList<>();
        rows.values().stream().filter(r -> r.userId().equals(userId)).forEach(r -> r.archiveKey().ifPresent(keys::add));
        return keys;
    }

    private static PrivacyRequest with(PrivacyRequest r, PrivacyRequest.Status status, int done, Optional<String> error,
            Optional<String> archive, Optional<Instant> finished) {
        return new PrivacyRequest(r.id(), r.userId(), r.kind(), status, r.requestedBy(), done, r.stepsTotal(),
                status == PrivacyRequest.Status.DONE ? List.of() : r.terms(), archive, error, r.createdAt(), finished);
    }
}
