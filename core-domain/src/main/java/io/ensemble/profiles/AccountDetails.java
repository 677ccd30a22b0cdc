package io.ensemble.profiles;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's {@link ProfileDetails} as read back (issue 23 §5), with what is derived: the seed's
 * account {@code status}, presence, and the age from the date of birth.
 *
 * @param age whole years today (the application clock, UTC), empty without a date of birth
 */
public record AccountDetails(ProfileDetails details, AccountStanding status, boolean online,
                             Optional<Instant> lastOnlineAt, Optional<Integer> age) {
    /** @throws NullPointerException when a component is null */
    public AccountDetails {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastOnlineAt, "lastOnlineAt");
        Objects.requireNonNull(age, "age");
    }
}
