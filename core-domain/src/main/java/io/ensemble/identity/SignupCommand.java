package io.ensemble.identity;

import io.ensemble.shared.errors.Validator;

/**
 * A self-service signup (seeds/001 §Authentication; issue 3 §3). Self-validating: the constructor
 * throws {@link io.ensemble.shared.errors.ValidationFailed} naming every bad field. ADMIN and AGENT are
 * refused, so a role can never be escalated at signup.
 *
 * @param email address, normalised to lower case, at most 254 characters
 * @param name display name (or business name), 1-100 characters
 * @param termsAccepted must be true
 */
public record SignupCommand(String email, String password, String name, Role role, boolean termsAccepted) {
    public static final int NAME_MAX = 100;

    public SignupCommand {
        email = EmailAddress.normalize(email);
        name = name == null ? null : name.strip();
        Validator v = new Validator();
        v.required("email", email);
        v.email("email", email);
        v.required("name", name);
        v.maxLength("name", name, NAME_MAX);
        PasswordPolicy.check(v, "password", password);
        v.check(role != null, "role", "is required");
        v.check(role == null || role.selfAssignable(), "role", "cannot be chosen at signup");
        v.check(termsAccepted, "termsAccepted", "must be true");
        v.throwIfInvalid();
    }
}
