package io.ensemble.identity;

import io.ensemble.shared.errors.Validator;

/**
 * A sign-up by phone (issue 23 §1). Self-validating like {@link SignupCommand}: the name and role are
 * checked here, the number by {@link PhoneNumbers} in the use case.
 *
 * @param phone the number as typed, international form
 * @param name display name, 1-100 characters
 * @param role a self-assignable role
 * @param termsAccepted must be true
 */
public record PhoneSignup(String phone, String name, Role role, boolean termsAccepted) {
    public PhoneSignup {
        name = name == null ? null : name.strip();
        phone = phone == null ? null : phone.strip();
        Validator v = new Validator();
        v.required("phone", phone);
        v.required("name", name);
        v.maxLength("name", name, SignupCommand.NAME_MAX);
        v.check(role != null, "role", "is required");
        v.check(role == null || role.selfAssignable(), "role", "cannot be chosen at signup");
        v.check(termsAccepted, "termsAccepted", "must be true");
        v.throwIfInvalid();
    }
}
