package io.ensemble.moderation;

import java.util.Optional;

/**
 * How an admin resolves a report (issue 20 §3): {@code dismiss} (nothing changes),
 * {@code remove_content} (a message is tombstoned, a package deactivated, the author notified) or
 * {@code suspend_user} (the responsible account is suspended).
 */
public enum ResolutionAction {
    DISMISS, REMOVE_CONTENT, SUSPEND_USER;

    /** @return the wire name, e.g. {@code remove_content} */
    public String code() {
        return WireNames.code(this);
    }

    /** @return the action a wire name (any case) spells; empty for null or unknown */
    public static Optional<ResolutionAction> parse(String code) {
        return WireNames.parse(ResolutionAction.class, code);
    }
}
