package io.ensemble.shared.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an audit record says happened (issue 20 §2: admin actions and security events). Each has a
 * stable lower-case wire name, e.g. {@code login_failed}, used in the database, in filters and in
 * the activity-log response; add new values at will, never rename one.
 */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGOUT,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    ROLE_CHANGED,
    STATUS_CHANGED,
    USER_SUSPENDED,
    USER_UNSUSPENDED,
    USER_VERIFIED,
    PAYOUT_SETTLED,
    DISPUTE_RESOLVED,
    REFUND_ISSUED,
    ORDER_TRANSITIONED,
    CATEGORY_ADDED,
    KEY_ROTATED,
    ACCOUNT_DELETED,
    ACCOUNT_EXPORTED,
    WEBHOOK_CREATED,
    WEBHOOK_UPDATED,
    WEBHOOK_DELETED,
    WEBHOOK_SECRET_ROTATED,
    WEBHOOK_DISABLED,
    WEBHOOK_REDELIVERED,
    API_KEY_CREATED,
    API_KEY_REVOKED,
    API_KEY_USED,
    REPORT_RESOLVED;

    /** @return the wire name, e.g. {@code user_suspended} */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Reads a wire name (any case, surrounding blanks ignored).
     *
     * @return the action, or empty for null or an unknown name
     */
    public static Optional<AuditAction> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(values()).filter(a -> a.code().equalsIgnoreCase(wanted)).findFirst();
    }
}
