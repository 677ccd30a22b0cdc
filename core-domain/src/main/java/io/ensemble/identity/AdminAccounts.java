package io.ensemble.identity;

import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Validator;
import io.ensemble.shared.ids.IdGenerator;
import java.time.Clock;
import java.time.Instant;

/** Operator-side account creation (the {@code create-admin} CLI command). */
public final class AdminAccounts {
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final IdGenerator ids;
    private final Clock clock;

    public AdminAccounts(UserRepository users, PasswordHasher hasher, IdGenerator ids, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.ids = ids;
        this.clock = clock;
    }

    /** Outcome of {@link #ensureAdmin}: the admin's id and whether this call created it. */
    public record AdminResult(java.util.UUID userId, boolean created) {
    }

    /**
     * Creates a verified ADMIN account, or returns the existing one unchanged (idempotent).
     *
     * @throws io.ensemble.shared.errors.ValidationFailed for a bad email or weak password
     * @throws Conflict {@code EMAIL_TAKEN} when the email belongs to a non-admin account
     */
    public AdminResult ensureAdmin(String rawEmail, String password, String name) {
        String email = EmailAddress.normalize(rawEmail);
        String display = name == null || name.isBlank() ? "Administrator" : name.strip();
        Validator v = new Validator();
        v.required("email", email);
        v.email("email", email);
        PasswordPolicy.check(v, "password", password);
        v.maxLength("name", display, SignupCommand.NAME_MAX);
        v.throwIfInvalid();
        var existing = users.findByEmail(email);
        if (existing.isPresent()) {
            if (existing.get().role() != Role.ADMIN) {
                throw new Conflict("EMAIL_TAKEN", "That email belongs to a non-admin account.");
            }
            return new AdminResult(existing.get().id(), false);
        }
        Instant now = clock.instant();
        User admin = new User(ids.newId(), email, display, Role.ADMIN, AccountStatus.ACTIVE, true,
                hasher.hash(password), now, now);
        users.create(admin);
        return new AdminResult(admin.id(), true);
    }
}
