package io.ensemble.moderation;

import java.util.Optional;

/**
 * What a report is about (issue 20 §3): a user account, a chat message, a profile (by its user's id)
 * or a creator package. Wire names are lower-case: {@code user}, {@code message}, {@code profile},
 * {@code package}.
 */
public enum ReportTargetType {
    USER, MESSAGE, PROFILE, PACKAGE;

    /** @return the wire name, e.g. {@code message} */
    public String code() {
        return WireNames.code(this);
    }

    /** @return the type a wire name (any case) spells; empty for null or unknown */
    public static Optional<ReportTargetType> parse(String code) {
        return WireNames.parse(ReportTargetType.class, code);
    }
}
