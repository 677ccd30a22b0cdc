package io.ensemble.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored one-time code. Only the keyed hash of the code is kept ({@code codeHash}, hex).
 * {@code attempts} counts wrong guesses; a code is spent once {@code consumedAt} is set.
 */
public record OneTimeCode(
        UUID id,
        UUID userId,
        OtpPurpose purpose,
        String codeHash,
        int attempts,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> consumedAt) {

    public OneTimeCode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(consumedAt, "consumedAt");
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
