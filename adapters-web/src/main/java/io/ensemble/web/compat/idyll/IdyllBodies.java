package io.ensemble.web.compat.idyll;

import io.ensemble.agency.MemberPayout;
import io.ensemble.notifications.Notification;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Bare bodies of the Idyll dialect's meetings, payouts and notifications routes (seeds/003, issue 22 §3).
 * Meetings use the native meeting shape ({@code MeetingView}); these are the others.
 */
public final class IdyllBodies {
    private IdyllBodies() {
    }

    /**
     * A payout as the app shows it: {@code {id, userId, amount (decimal, major units), currency, description,
     * status: pending|paid|failed, note, source: order|agency, createdAt, updatedAt}}.
     */
    public record IdyllPayout(String id, String userId, BigDecimal amount, String currency, String description,
                              String status, String note, String source, Instant createdAt, Instant updatedAt) {
        static IdyllPayout of(MemberPayout p) {
            return new IdyllPayout(p.id().toString(), p.userId().toString(), IdyllMoney.decimal(p.amount(),
                    p.currency()), p.currency(), p.description().orElse(null),
                    p.status().name().toLowerCase(Locale.ROOT), p.note().orElse(null),
                    p.source().name().toLowerCase(Locale.ROOT), p.createdAt(), p.updatedAt());
        }
    }

    /** {@code POST /api/payouts}: {@code {userId, amount (decimal, major units), currency, description?}}. */
    public record IdyllPayoutBody(String userId, BigDecimal amount, String currency, String description) {
    }

    /** {@code PUT /api/payouts/:id}: {@code {status: paid|failed, note?}} (note required when failed). */
    public record IdyllPayoutUpdate(String status, String note) {
    }

    /** A notification as seeds/003 carries it: {@code {id, title, message, type, createdAt, read}}. */
    public record IdyllNotification(String id, String title, String message, String type, Instant createdAt,
                                    boolean read) {
        static IdyllNotification of(Notification n) {
            return new IdyllNotification(n.id().toString(), n.title(), n.body(), n.type().name(), n.createdAt(),
                    n.read());
        }
    }

    /** {@code POST /api/notifications}: {@code {title, message, userId? | role?}}. */
    public record IdyllNotificationBody(String title, String message, String userId, String role) {
    }

    /** What {@code POST /api/notifications} answers: {@code {recipients, notifications}}. */
    public record IdyllNotificationsSent(int recipients, List<IdyllNotification> notifications) {
    }

    /** {@code {success: true}} of the routes that answer nothing else. */
    public record IdyllDone(boolean success) {
        static final IdyllDone OK = new IdyllDone(true);
    }

    static UUID id(String value) {
        return io.ensemble.web.http.PathIds.uuid(value);
    }
}
