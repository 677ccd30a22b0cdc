package io.ensemble.moderation;

import java.util.Optional;

/** Where a report is in the admins' queue: {@code open} until an admin resolves it, then {@code resolved}. */
public enum ReportStatus {
    OPEN, RESOLVED;

    /** @return the wire name, e.g. {@code open} */
    public String code() {
        return WireNames.code(this);
    }

    /** @return the status a wire name (any case) spells; empty for null or unknown */
    public static Optional<ReportStatus> parse(String code) {
        return WireNames.parse(ReportStatus.class, code);
    }
}
