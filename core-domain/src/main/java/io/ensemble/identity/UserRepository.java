package io.ensemble.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Persistence port for accounts. Emails are passed already normalised (lower-case). */
public interface UserRepository extends FindUsers {
    /**
     * Stores a new account.
     *
     * @throws io.ensemble.shared.errors.Conflict with code {@code EMAIL_TAKEN} when the email exists
     */
    void create(User user);

    @Override
    Optional<User> findById(UUID id);

    Optional<User> findByEmail(String email);

    /** Sets {@code email_verified}; no-op for an unknown id. */
    void markEmailVerified(UUID id, Instant at);

    /** Replaces the password hash (Argon2id PHC string). */
    void updatePassword(UUID id, String passwordHash, Instant at);

    /**
     * Compare-and-set of the account status (issue 20 §1 suspension): moves {@code id} from {@code from} to
     * {@code to} and sets {@code updated_at = at}.
     *
     * @return whether this call changed it (false when the account is unknown or not in {@code from})
     */
    boolean changeStatus(UUID id, AccountStatus from, AccountStatus to, Instant at);
}
