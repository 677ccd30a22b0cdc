package io.ensemble.identity.fakes;

import io.ensemble.identity.Caller;
import io.ensemble.identity.RefreshToken;
import io.ensemble.identity.Session;
import io.ensemble.identity.SessionRepository;
import io.ensemble.identity.User;
import io.ensemble.identity.UserRepository;
import io.ensemble.testing.Snapshottable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Sessions and refresh tokens in maps; reads accounts from the user repository for {@link #findActiveCaller}. */
public final class InMemorySessionRepository implements SessionRepository, Snapshottable {
    private final UserRepository users;
    private final Map<UUID, Session> sessions = new LinkedHashMap<>();
    private final Map<UUID, RefreshToken> tokens = new LinkedHashMap<>();
    /** Runs at the start of every {@link #markRotated} call, e.g. to interleave a concurrent refresh. */
    public volatile Runnable beforeMarkRotated = () -> { };

    public InMemorySessionRepository(UserRepository users) {
        this.users = users;
    }

    @Override
    public synchronized void createSession(Session session) {
        if (sessions.putIfAbsent(session.id(), session) != null) {
            throw new IllegalStateException("duplicate session id " + session.id());
        }
    }

    @Override
    public synchronized void createRefreshToken(RefreshToken token) {
        if (!sessions.containsKey(token.sessionId())) {
            throw new IllegalStateException("no session " + token.sessionId());
        }
        if (tokens.values().stream().anyMatch(t -> t.tokenHash().equals(token.tokenHash()))) {
            throw new IllegalStateException("duplicate refresh token hash");
        }
        if (tokens.putIfAbsent(token.id(), token) != null) {
            throw new IllegalStateException("duplicate refresh token id " + token.id());
        }
    }

    @Override
    public synchronized Optional<RefreshToken> findRefreshTokenByHash(String tokenHash) {
        return tokens.values().stream().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized Optional<Session> findSession(UUID sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public boolean markRotated(UUID tokenId, Instant at) {
        beforeMarkRotated.run();
        return compareAndSetRotated(tokenId, at);
    }

    private synchronized boolean compareAndSetRotated(UUID tokenId, Instant at) {
        RefreshToken t = tokens.get(tokenId);
        if (t == null || t.rotatedAt().isPresent()) {
            return false;
        }
        tokens.put(tokenId, new RefreshToken(t.id(), t.sessionId(), t.tokenHash(), t.createdAt(), t.expiresAt(),
                Optional.of(at)));
        return true;
    }

    @Override
    public synchronized void revokeSession(UUID sessionId, Instant at) {
        Session s = sessions.get(sessionId);
        if (s != null && s.revokedAt().isEmpty()) {
            sessions.put(sessionId, new Session(s.id(), s.userId(), s.createdAt(), Optional.of(at)));
        }
    }

    @Override
    public synchronized void revokeAllSessions(UUID userId, Instant at) {
        for (Session s : List.copyOf(sessions.values())) {
            if (s.userId().equals(userId)) {
                revokeSession(s.id(), at);
            }
        }
    }

    @Override
    public synchronized Optional<Caller> findActiveCaller(UUID userId, UUID sessionId) {
        Session s = sessions.get(sessionId);
        if (s == null || !s.userId().equals(userId) || s.revokedAt().isPresent()) {
            return Optional.empty();
        }
        return users.findById(userId).filter(User::active).map(u -> new Caller(u.id(), u.role(), sessionId));
    }

    public synchronized List<Session> sessionsOf(UUID userId) {
        return sessions.values().stream().filter(s -> s.userId().equals(userId)).toList();
    }

    public synchronized List<RefreshToken> tokensOf(UUID sessionId) {
        return tokens.values().stream().filter(t -> t.sessionId().equals(sessionId)).toList();
    }

    public synchronized List<RefreshToken> allTokens() {
        return List.copyOf(tokens.values());
    }

    @Override
    public synchronized Runnable snapshot() {
        List<Session> s = new ArrayList<>(sessions.values());
        List<RefreshToken> t = new ArrayList<>(tokens.values());
        return () -> {
            synchronized (this) {
                sessions.clear();
                tokens.clear();
                s.forEach(x -> sessions.put(x.id(), x));
                t.forEach(x -> tokens.put(x.id(), x));
            }
        };
    }
}
