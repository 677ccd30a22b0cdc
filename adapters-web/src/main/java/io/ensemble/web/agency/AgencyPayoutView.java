package io.ensemble.web.agency;

import io.ensemble.agency.MemberPayout;
import io.ensemble.agency.MemberPayoutRepository;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A row of the payouts ledger (issue 22 §1): {@code {id, userId, source: order|agency, orderId|null, amount
 * (minor units), currency, description|null, status: pending|paid|failed, note|null, createdAt, updatedAt}}.
 */
public record AgencyPayoutView(String id, String userId, String source, String orderId, long amount, String currency,
                         String description, String status, String note, Instant createdAt, Instant updatedAt) {
    /** @return the view of {@code p} */
    public static AgencyPayoutView of(MemberPayout p) {
        return new AgencyPayoutView(p.id().toString(), p.userId().toString(), lower(p.source()),
                p.orderId().map(UUID::toString).orElse(null), p.amount(), p.currency(), p.description().orElse(null),
                lower(p.status()), p.note().orElse(null), p.createdAt(), p.updatedAt());
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /**
     * One member's sums in one currency over the period, minor units: {@code {userId, currency, pending, paid,
     * failed, fromOrders, fromAgency, count}} ({@code fromOrders}/{@code fromAgency} leave failed rows out).
     */
    public record AgencyPayoutTotal(String userId, String currency, long pending, long paid, long failed, long fromOrders,
                        long fromAgency, int count) {
        /** @return the view of {@code t} */
        public static AgencyPayoutTotal of(MemberPayoutRepository.Total t) {
            return new AgencyPayoutTotal(t.userId().toString(), t.currency(), t.pending(), t.paid(), t.failed(), t.orderAmount(),
                    t.agencyAmount(), t.count());
        }
    }

    /** Body of {@code POST /api/v1/agency/payouts}: {@code {userId, amount (minor units), currency, description?}}. */
    public record AgencyPayoutBody(String userId, Long amount, String currency, String description) {
    }

    /** Body of {@code POST /api/v1/agency/payouts/{id}/settle}: {@code {status: paid|failed, note?}} (note required when failed). */
    public record AgencyPayoutSettleBody(String status, String note) {
    }
}
