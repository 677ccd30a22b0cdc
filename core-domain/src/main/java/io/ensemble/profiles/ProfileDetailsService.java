package io.ensemble.profiles;

import io.ensemble.identity.Caller;
import io.ensemble.identity.FindUsers;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Reads and updates the seeds/002 profile fields of {@link ProfileDetails} (issue 23 §5): any role
 * may set its person fields; industries, role in organisation and business type are for BRAND
 * accounts only; a date of birth must make the user at least {@value #MIN_AGE}.
 */
public final class ProfileDetailsService {
    /** Youngest accepted age, in whole years. */
    public static final int MIN_AGE = 13;

    private final ProfileDetailsRepository details;
    private final ProfileRepository profiles;
    private final FindUsers users;
    private final Presence presence;
    private final Transactions transactions;
    private final Clock clock;

    /** Wires the use cases to their ports. */
    public ProfileDetailsService(ProfileDetailsRepository details, ProfileRepository profiles, FindUsers users,
                                 Presence presence, Transactions transactions, Clock clock) {
        this.details = Objects.requireNonNull(details, "details");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.users = Objects.requireNonNull(users, "users");
        this.presence = Objects.requireNonNull(presence, "presence");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @return the caller's details (blank when none were saved) with status, presence and age
     * @throws NotFound when the account no longer exists
     */
    public AccountDetails mine(Caller caller) {
        return transactions.inTransaction(() -> read(account(caller.userId())));
    }

    /**
     * Applies {@code update} to the caller's details.
     *
     * @return the details after the update
     * @throws ValidationFailed naming brand-only fields sent by another role, or {@code dateOfBirth}
     *     in the future or less than {@value #MIN_AGE} years ago
     */
    public AccountDetails update(Caller caller, ProfileDetailsUpdate update) {
        return update(caller, update, () -> { });
    }

    /**
     * {@link #update(Caller, ProfileDetailsUpdate)} and {@code alongside} (e.g. a
     * {@link ProfileService#update} of the same request) in one transaction, after the checks: both
     * are saved or neither (a dialect's one request that spans the profile and its details).
     *
     * @throws ValidationFailed as {@link #update(Caller, ProfileDetailsUpdate)}, or what {@code alongside} throws
     */
    public AccountDetails update(Caller caller, ProfileDetailsUpdate update, Runnable alongside) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (!caller.is(Role.BRAND)) {
            update.brandFields().forEach(f -> errors.add(new FieldError(f, "applies to BRAND profiles only")));
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        update.birthDate().ifPresent(d -> {
            if (d.isAfter(today) || d.plusYears(MIN_AGE).isAfter(today)) {
                errors.add(new FieldError("dateOfBirth", "users must be at least " + MIN_AGE + " years old"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return transactions.inTransaction(() -> {
            User user = account(caller.userId());
            ProfileDetails next = current(user.id()).with(update, clock.instant());
            details.save(next);
            alongside.run();
            return read(user, next);
        });
    }

    private AccountDetails read(User user) {
        return read(user, current(user.id()));
    }

    private AccountDetails read(User user, ProfileDetails d) {
        boolean onboarded = profiles.find(user.id()).map(Profile::onboardingCompleted).orElse(false);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return new AccountDetails(d, AccountStanding.of(user.status(), onboarded), presence.online(user.id()),
                presence.lastSeen(user.id()), d.age(today));
    }

    private ProfileDetails current(UUID userId) {
        return details.find(userId).orElseGet(() -> ProfileDetails.blank(userId, clock.instant()));
    }

    private User account(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new NotFound("No such account."));
    }
}
