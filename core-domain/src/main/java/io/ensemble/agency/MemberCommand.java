package io.ensemble.agency;

import io.ensemble.identity.EmailAddress;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Validator;
import java.util.Optional;

/**
 * An admin's invite or edit of a member (issue 22 §1): {@code name} (1..100), {@code email} (invite only),
 * {@code role} (a role name, any case; default MEMBER on invite) and {@code status} ({@code active|inactive},
 * edit only). On an edit every field is optional and only present ones change.
 */
public record MemberCommand(String name, String email, String role, String status) {
    /** The invite checked: e-mail lower-case. */
    public record Invite(String name, String email, Role role) {
    }

    /** The edit checked: present parts change. */
    public record Edit(Optional<String> name, Optional<Role> role, Optional<MemberStatus> status) {
    }

    /** @throws io.ensemble.shared.errors.ValidationFailed naming {@code name}, {@code email} or {@code role} */
    public Invite invite() {
        Validator v = new Validator();
        if (v.required("name", name)) {
            v.maxLength("name", name.strip(), 100);
        }
        String normalized = EmailAddress.normalize(email);
        if (v.required("email", normalized)) {
            v.email("email", normalized);
        }
        Optional<Role> r = role(v);
        v.throwIfInvalid();
        return new Invite(name.strip(), normalized, r.orElse(Role.MEMBER));
    }

    /** @throws io.ensemble.shared.errors.ValidationFailed naming {@code name}, {@code role} or {@code status} */
    public Edit edit() {
        Validator v = new Validator();
        Optional<String> n = Optional.ofNullable(name).map(String::strip);
        n.ifPresent(s -> v.check(!s.isEmpty(), "name", "must not be blank").maxLength("name", s, 100));
        v.check(email == null, "email", "cannot be changed here");
        Optional<Role> r = role(v);
        Optional<MemberStatus> s = Optional.ofNullable(status).flatMap(MemberStatus::parse);
        v.check(status == null || s.isPresent(), "status", "must be one of " + MemberStatus.names());
        v.throwIfInvalid();
        return new Edit(n, r, s);
    }

    private Optional<Role> role(Validator v) {
        Optional<Role> r = Optional.ofNullable(role).flatMap(Role::parse);
        v.check(role == null || r.isPresent(), "role", "must be a role such as MEMBER or ADMIN");
        return r;
    }
}
