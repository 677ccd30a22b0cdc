package io.ensemble.moderation;

import java.util.Optional;

/**
 * Why a user reports something (issue 20 §3), the category admins sort the queue by. Wire names are
 * lower-case, e.g. {@code harassment}; free text goes to the report's note.
 */
public enum ReportReason {
    SPAM, HARASSMENT, HATE_SPEECH, SEXUAL_CONTENT, VIOLENCE, SCAM, IMPERSONATION, INTELLECTUAL_PROPERTY, OTHER;

    /** @return the wire name, e.g. {@code hate_speech} */
    public String code() {
        return WireNames.code(this);
    }

    /** @return the reason a wire name (any case) spells; empty for null or unknown */
    public static Optional<ReportReason> parse(String code) {
        return WireNames.parse(ReportReason.class, code);
    }
}
