package io.ensemble.web.agency;

import io.ensemble.agency.MemberStatus;
import io.ensemble.identity.User;
import java.time.Instant;

/**
 * A team member (issue 22 §1, seeds/003 {@code /api/users}): {@code {id, name, email, role, status
 * (active|inactive), emailVerified, createdAt}}; {@code emailVerified} turns true once an invited member set
 * their password.
 */
public record MemberView(String id, String name, String email, String role, String status, boolean emailVerified,
                         Instant createdAt) {
    /** @return the view of {@code u} */
    public static MemberView of(User u) {
        return new MemberView(u.id().toString(), u.name(), u.email(), u.role().name(),
                MemberStatus.of(u.status()).code(), u.emailVerified(), u.createdAt());
    }
}
