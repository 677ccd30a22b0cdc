package io.ensemble.agency;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Someone's application to join the agency (seeds/003 {@code /api/applications}, issue 22 §1).
 *
 * @param email lower-case
 * @param roleAppliedFor what the applicant wants to do, free text (e.g. {@code Video editor} or {@code MEMBER})
 * @param portfolioLinks http(s) links, at most {@value ApplicationCommand#MAX_LINKS}
 * @param version bumped by every decision (compare-and-set)
 * @param memberId the account created on approval
 * @param decidedBy the admin who approved or rejected it
 * @param decidedAt when (UTC)
 */
public record Application(UUID id, String name, String email, Optional<String> phone, Optional<String> roleAppliedFor,
                          List<String> portfolioLinks, String message, ApplicationStatus status, long version,
                          Optional<UUID> memberId, Optional<UUID> decidedBy, Optional<Instant> decidedAt,
                          Instant createdAt) {
    public Application {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(roleAppliedFor, "roleAppliedFor");
        portfolioLinks = List.copyOf(portfolioLinks);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** @return this application decided: {@code next} by {@code admin} at {@code at}, version bumped */
    public Application decided(ApplicationStatus next, UUID admin, Optional<UUID> member, Instant at) {
        return new Application(id, name, email, phone, roleAppliedFor, portfolioLinks, message, next, version + 1,
                member, Optional.of(admin), Optional.of(at), createdAt);
    }
}
