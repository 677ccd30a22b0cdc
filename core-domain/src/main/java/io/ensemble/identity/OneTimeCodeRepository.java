package io.ensemble.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Persistence port for one-time codes; at most one unspent code per user and purpose is live. */
public interface OneTimeCodeRepository {
    /** Stores {@code code}, spending every earlier unspent code of the same user and purpose. */
    void replace(OneTimeCode code);

    /** @return the newest unspent code of this user and purpose, expired or not */
    Optional<OneTimeCode> findLatestUnspent(UUID userId, OtpPurpose purpose);

    /** @return the unspent code of this purpose whose hash is {@code codeHash} */
    Optional<OneTimeCode> findUnspentByHash(OtpPurpose purpose, String codeHash);

    /** @return when the newest code of this user and purpose was created (spent or not) */
    Optional<Instant> lastIssuedAt(UUID userId, OtpPurpose purpose);

    /**
     * Claims one verification attempt atomically: increments {@code attempts} only while the code
     * is unspent and below {@code maxAttempts}. @return the count after the increment, or empty
     * when no attempt is left (so at most {@code maxAttempts} guesses are ever compared)
     */
    Optional<Integer> claimAttempt(UUID codeId, int maxAttempts);

    /** Marks the code spent unless it already was. @return true when this call spent it */
    boolean consume(UUID codeId, Instant at);
}
