package io.ensemble.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * How an account signs in (issue 23 §1-§2).
 *
 * @param phone its mobile number in E.164, if any
 * @param phoneVerified whether an SMS code to that phone was entered
 * @param provider how the account was created
 */
public record SignInFacts(Optional<String> phone, boolean phoneVerified, AuthProvider provider) {
    public SignInFacts {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(provider, "provider");
    }
}
