package io.ensemble.web.agency;

import io.ensemble.agency.Application;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application to the agency (issue 22 §1): {@code {id, name, email, phone|null, roleAppliedFor|null,
 * portfolioLinks, message, status (pending|approved|rejected), memberId|null, decidedBy|null, decidedAt|null,
 * createdAt}}; {@code memberId} is the account created on approval.
 */
public record ApplicationView(String id, String name, String email, String phone, String roleAppliedFor,
                              List<String> portfolioLinks, String message, String status, String memberId,
                              String decidedBy, Instant decidedAt, Instant createdAt) {
    /** @return the view of {@code a} */
    public static ApplicationView of(Application a) {
        return new ApplicationView(a.id().toString(), a.name(), a.email(), a.phone().orElse(null),
                a.roleAppliedFor().orElse(null), a.portfolioLinks(), a.message(), a.status().code(),
                a.memberId().map(UUID::toString).orElse(null), a.decidedBy().map(UUID::toString).orElse(null),
                a.decidedAt().orElse(null), a.createdAt());
    }
}
