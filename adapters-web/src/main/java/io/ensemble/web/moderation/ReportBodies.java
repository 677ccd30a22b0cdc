package io.ensemble.web.moderation;

import io.ensemble.moderation.ReportCommand;
import io.ensemble.moderation.ResolveCommand;

/** Request bodies of the report routes; unknown fields are ignored. */
public final class ReportBodies {
    private ReportBodies() {
    }

    /** {@code POST /api/v1/reports}: {@code {targetType, targetId, reason, note?}}. */
    public record Create(String targetType, String targetId, String reason, String note) {
        static final Create EMPTY = new Create(null, null, null, null);

        ReportCommand command() {
            return new ReportCommand(targetType, targetId, reason, note);
        }
    }

    /** {@code POST /api/v1/admin/reports/:id/resolve}: {@code {action, note?}}. */
    public record Resolve(String action, String note) {
        static final Resolve EMPTY = new Resolve(null, null);

        ResolveCommand command() {
            return new ResolveCommand(action, note);
        }
    }
}
