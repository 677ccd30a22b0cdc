package io.ensemble.identity.fakes;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.identity.UserRepository;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.testing.Snapshottable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Accounts in a map. Like the database's unique index, a duplicate email is a {@code EMAIL_TAKEN} conflict. */
public final class InMemoryUserRepository implements UserRepository, Snapshottable {
    private final Map<UUID, User> users = new LinkedHashMap<>();

    @Override
    public synchronized void create(User user) {
        if (users.values().stream().anyMatch(u -> u.email().equals(user.email()))) {
            throw new Conflict("EMAIL_TAKEN", "An account with this email already exists.");
        }
        if (users.containsKey(user.id())) {
            throw new IllegalStateException("duplicate user id " + user.id());
        }
        users.put(user.id(), user);
    }

    @Override
    public synchronized Optional<User> findById(UUID id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized Optional<User> findByEmail(String email) {
        return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
    }

    @Override
    public synchronized void markEmailVerified(UUID id, Instant at) {
        update(id, u -> new User(u.id(), u.email(), u.name(), u.role(), u.status(), true,
                u.passwordHash(), u.createdAt(), at));
    }

    @Override
    public synchronized void updatePassword(UUID id, String passwordHash, Instant at) {
        update(id, u -> new User(u.id(), u.email(), u.name(), u.role(), u.status(), u.emailVerified(),
                passwordHash, u.createdAt(), at));
    }

    @Override
    public synchronized boolean changeStatus(UUID id, AccountStatus from, AccountStatus to, Instant at) {
        User u = users.get(id);
        if (u == null || u.status() != from) {
            return false;
        }
        users.put(id, new User(u.id(), u.email(), u.name(), u.role(), to, u.emailVerified(), u.passwordHash(),
                u.createdAt(), at));
        return true;
    }

    /** Test helper: what an admin's suspension would write. */
    public synchronized void setStatus(UUID id, AccountStatus status) {
        update(id, u -> new User(u.id(), u.email(), u.name(), u.role(), status, u.emailVerified(),
                u.passwordHash(), u.createdAt(), u.updatedAt()));
    }

    /** Test helper: changes the role behind the back of already issued access tokens. */
    public synchronized void setRole(UUID id, Role role) {
        update(id, u -> new User(u.id(), u.email(), u.name(), role, u.status(), u.emailVerified(),
                u.passwordHash(), u.createdAt(), u.updatedAt()));
    }

    public synchronized void delete(UUID id) {
        users.remove(id);
    }

    public synchronized List<User> all() {
        return List.copyOf(users.values());
    }

    public synchronized User get(String email) {
        return findByEmail(email).orElseThrow(() -> new AssertionError("no user " + email));
    }

    @Override
    public synchronized Runnable snapshot() {
        List<User> copy = new ArrayList<>(users.values());
        return () -> {
            synchronized (this) {
                users.clear();
                copy.forEach(u -> users.put(u.id(), u));
            }
        };
    }

    private void update(UUID id, UnaryOperator<User> change) {
        users.computeIfPresent(id, (k, u) -> change.apply(u));
    }
}
