package io.ensemble.web.moderation;

import io.ensemble.moderation.Report;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A report (issue 20 §3): {@code {id, reporterId, targetType, targetId, authorId, reason, note|null,
 * status, createdAt, resolution|null}}; wire names are lower-case ({@code message}, {@code open},
 * {@code remove_content}).
 */
public record ReportView(String id, String reporterId, String targetType, String targetId, String authorId,
                         String reason, @Schema(nullable = true) String note, String status, Instant createdAt,
                         ResolutionView resolution) {

    /** How it was resolved: {@code {action, note|null, resolvedBy, resolvedAt}}. */
    public record ResolutionView(String action, @Schema(nullable = true) String note, String resolvedBy,
                                 Instant resolvedAt) {
    }

    /** @return the view of {@code r} */
    public static ReportView of(Report r) {
        return new ReportView(r.id().toString(), r.reporterId().toString(), r.targetType().code(),
                r.targetId().toString(), r.authorId().toString(), r.reason().code(), r.note().orElse(null),
                r.status().code(), r.createdAt(),
                r.resolution().map(x -> new ResolutionView(x.action().code(), x.note().orElse(null),
                        x.resolvedBy().toString(), x.resolvedAt())).orElse(null));
    }
}
