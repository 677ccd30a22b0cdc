package io.ensemble.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * What a verified ID token says (issue 23 §2).
 *
 * @param subject the provider's stable user id ({@code sub})
 * @param email the e-mail, normalised lower-case, if the token carries one
 * @param emailVerified the token's {@code email_verified}
 * @param name the person's name, if the token carries one (Google does, Apple does not)
 */
public record VerifiedIdentity(String subject, Optional<String> email, boolean emailVerified, Optional<String> name) {
    public VerifiedIdentity {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
    }
}
