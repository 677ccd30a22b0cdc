package io.ensemble.identity;

import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identity's use cases for account deletion (issue 20 §4): the owner proves it is them with their
 * password, and the account is closed (DELETED, sessions revoked) before its data is erased.
 */
public final class AccountClosure {
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final ClosedAccounts closed;
    private final Clock clock;

    /** Wires the ports. */
    public AccountClosure(UserRepository users, PasswordHasher hasher, ClosedAccounts closed, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.closed = Objects.requireNonNull(closed, "closed");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @return the account
     * @throws NotFound when there is none
     */
    public User account(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new NotFound("No such user."));
    }

    /**
     * Checks the account owner's password.
     *
     * @throws Forbidden {@code INVALID_PASSWORD} when it does not match (or the account has none)
     */
    public void checkPassword(UUID userId, String password) {
        User user = account(userId);
        String hash = user.passwordHash();
        if (hash.isEmpty() || !hasher.verify(password, hash)) {
            throw new Forbidden("INVALID_PASSWORD", "The password is wrong.");
        }
    }

    /** Closes the account: status DELETED, every session revoked. Idempotent. */
    public void close(UUID userId) {
        closed.close(userId, clock.instant());
    }
}
