package io.ensemble.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Persistence port for the sign-in facts of an account: its phone, whether verified, its provider. */
public interface PhoneAccounts {
    /**
     * Records how {@code userId} signs in and, when present, its phone (E.164, not yet verified).
     *
     * @throws io.ensemble.shared.errors.Conflict {@code PHONE_TAKEN} when another account has the phone
     */
    void attach(UUID userId, Optional<String> phone, AuthProvider provider, Instant at);

    /** @return the account whose phone is {@code e164} */
    Optional<UUID> findByPhone(String e164);

    /** Sets {@code phone_verified}; no-op for an unknown id. */
    void markPhoneVerified(UUID userId, Instant at);

    /** @return the sign-in facts of {@code userId}, empty for an unknown id */
    Optional<SignInFacts> facts(UUID userId);
}
