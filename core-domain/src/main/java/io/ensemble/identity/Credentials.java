package io.ensemble.identity;

import io.ensemble.shared.errors.Validator;

/** Email and password presented at login; only presence and form are checked here. */
public record Credentials(String email, String password) {
    public Credentials {
        email = EmailAddress.normalize(email);
        Validator v = new Validator();
        v.required("email", email);
        v.email("email", email);
        v.required("password", password);
        v.maxLength("password", password, PasswordPolicy.MAX_LENGTH);
        v.throwIfInvalid();
    }
}
