package io.ensemble.moderation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's report of a user, message, profile or package (issue 20 §3). At most one per reporter and
 * target.
 *
 * @param targetId the reported entity's id (a user id for {@code user} and {@code profile})
 * @param authorId the account responsible for the target as it was when reported: the user itself,
 *     the message's sender, the profile's user, the package's creator
 * @param note the reporter's free text, when given
 * @param resolution present once {@code status} is {@link ReportStatus#RESOLVED}
 */
public record Report(UUID id, UUID reporterId, ReportTargetType targetType, UUID targetId, UUID authorId,
                     ReportReason reason, Optional<String> note, ReportStatus status, Instant createdAt,
                     Optional<Resolution> resolution) {
    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(resolution, "resolution");
        if ((status == ReportStatus.RESOLVED) != resolution.isPresent()) {
            throw new IllegalArgumentException("a resolved report, and only one, has a resolution");
        }
    }

    /** @return this report resolved as {@code resolution} */
    public Report resolved(Resolution resolution) {
        return new Report(id, reporterId, targetType, targetId, authorId, reason, note, ReportStatus.RESOLVED,
                createdAt, Optional.of(resolution));
    }
}
