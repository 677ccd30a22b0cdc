package io.ensemble.profiles;

import io.ensemble.identity.Caller;
import io.ensemble.identity.FindUsers;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The admin-granted verified badge (issue 20 §3, seeds/002 "user verification";
 * {@code PATCH /api/v1/admin/users/:userId/verify}): an admin marks a creator, brand or any other public-profile
 * account (every self-assignable role) verified or takes the badge away. {@code verified} then shows in profile
 * views and discovery cards, and discovery filters on it. A real change writes a {@code user_verified} audit
 * record with {@code verified} before → after (also when the badge is taken away) in the same transaction;
 * setting the value the profile already has changes and records nothing.
 */
public final class ProfileVerification {
    private final ProfileRepository profiles;
    private final FindUsers users;
    private final AuditRecorder audit;
    private final Transactions transactions;
    private final Clock clock;

    public ProfileVerification(ProfileRepository profiles, FindUsers users, AuditRecorder audit,
                               Transactions transactions, Clock clock) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.users = Objects.requireNonNull(users, "users");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Sets the verified badge of {@code userId}.
     *
     * @param origin client address and request id kept in the audit record
     * @return the profile after the change
     * @throws Forbidden when the caller is not an ADMIN
     * @throws NotFound when no such account exists
     * @throws Conflict {@code NOT_VERIFIABLE} for ADMIN and AGENT accounts, which have no public profile
     */
    public Profile setVerified(Caller admin, UUID userId, boolean verified, RequestOrigin origin) {
        if (!admin.is(Role.ADMIN)) {
            throw new Forbidden("Only admins can verify users.");
        }
        User user = users.findById(userId).orElseThrow(() -> new NotFound("No such user."));
        if (!user.role().selfAssignable()) {
            throw new Conflict("NOT_VERIFIABLE", "Only accounts with a public profile can be verified.");
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            java.util.Optional<Profile> current = profiles.find(userId);
            boolean before = current.map(Profile::verified).orElse(false);
            if (current.isEmpty() || before != verified) {
                profiles.setVerified(userId, verified, now);
            }
            if (before != verified) {
                audit.record(AuditEntry.by(admin.userId(), AuditAction.USER_VERIFIED, AuditTarget.user(userId))
                        .from(origin)
                        .with(FieldChange.of("verified", Boolean.toString(before), Boolean.toString(verified))));
            }
            return profiles.find(userId).orElseThrow(() -> new NotFound("No such user."));
        });
    }
}
