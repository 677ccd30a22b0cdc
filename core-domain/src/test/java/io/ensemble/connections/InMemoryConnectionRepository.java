package io.ensemble.connections;

import io.ensemble.identity.User;
import io.ensemble.identity.fakes.InMemoryUserRepository;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.testing.Snapshottable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/** Connection requests in a map; like the database's unique index, one open request per unordered pair. */
public final class InMemoryConnectionRepository implements ConnectionRepository, Snapshottable {
    private final Map<UUID, ConnectionRequest> rows = new LinkedHashMap<>();
    private final InMemoryUserRepository users;

    public InMemoryConnectionRepository(InMemoryUserRepository users) {
        this.users = users;
    }

    @Override
    public synchronized void insert(ConnectionRequest request) {
        if (request.status() != ConnectionStatus.REJECTED
                && findOpenBetween(request.requesterId(), request.receiverId()).isPresent()) {
            throw new Conflict("CONNECTION_EXISTS", "open request exists");
        }
        rows.put(request.id(), request);
    }

    @Override
    public synchronized Optional<ConnectionRequest> findById(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<ConnectionRequest> findOpenBetween(UUID a, UUID b) {
        return rows.values().stream()
                .filter(r -> r.status() != ConnectionStatus.REJECTED)
                .filter(r -> r.requesterId().equals(a) && r.receiverId().equals(b)
                        || r.requesterId().equals(b) && r.receiverId().equals(a))
                .findFirst();
    }

    @Override
    public synchronized boolean respond(UUID requestId, UUID receiverId, ConnectionStatus next, Instant at) {
        ConnectionRequest r = rows.get(requestId);
        if (r == null || !r.receiverId().equals(receiverId) || r.status() != ConnectionStatus.PENDING) {
            return false;
        }
        rows.put(requestId, r.respond(next, at));
        return true;
    }

    @Override
    public synchronized List<RequestListing> pendingSent(UUID userId, Optional<Cursor> after, int max) {
        return list(r -> r.status() == ConnectionStatus.PENDING && r.requesterId().equals(userId),
                ConnectionRequest::createdAt, userId, after, max);
    }

    @Override
    public synchronized List<RequestListing> pendingReceived(UUID userId, Optional<Cursor> after, int max) {
        return list(r -> r.status() == ConnectionStatus.PENDING && r.receiverId().equals(userId),
                ConnectionRequest::createdAt, userId, after, max);
    }

    @Override
    public synchronized List<RequestListing> accepted(UUID userId, Optional<Cursor> after, int max) {
        return list(r -> r.status() == ConnectionStatus.ACCEPTED
                        && (r.requesterId().equals(userId) || r.receiverId().equals(userId)),
                r -> r.respondedAt().orElseThrow(), userId, after, max);
    }

    @Override
    public synchronized boolean connected(UUID a, UUID b) {
        return findOpenBetween(a, b).filter(r -> r.status() == ConnectionStatus.ACCEPTED).isPresent();
    }

    /** @return every stored request, for assertions */
    public synchronized List<ConnectionRequest> all() {
        return List.copyOf(rows.values());
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, ConnectionRequest> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }

    private List<RequestListing> list(Predicate<ConnectionRequest> filter, Function<ConnectionRequest, Instant> key,
                                      UUID userId, Optional<Cursor> after, int max) {
        Comparator<ConnectionRequest> newestFirst = Comparator.comparing(key).thenComparing(ConnectionRequest::id)
                .reversed();
        List<RequestListing> out = new ArrayList<>();
        rows.values().stream().filter(filter)
                .filter(r -> after.map(c -> {
                    int byTime = key.apply(r).compareTo(c.at());
                    return byTime < 0 || byTime == 0 && r.id().compareTo(c.id()) < 0;
                }).orElse(true))
                .sorted(newestFirst).limit(max)
                .forEach(r -> {
                    User other = users.findById(r.otherThan(userId)).orElseThrow();
                    out.add(new RequestListing(r, new PublicUser(other.id(), other.name(), other.role())));
                });
        return out;
    }
}
