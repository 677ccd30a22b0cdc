package io.ensemble.identity;

import java.util.Objects;

/**
 * A session opened by a phone code or an ID token, with the account's sign-in facts.
 *
 * @param login the tokens and the account
 * @param facts phone, phone verification and provider of the account
 * @param created whether this sign-in created the account
 */
public record SignedIn(LoginResult login, SignInFacts facts, boolean created) {
    public SignedIn {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(facts, "facts");
    }
}
