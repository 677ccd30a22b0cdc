package io.ensemble.agency;

import io.ensemble.payments.PayoutStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of the agency's side of the shared {@code payouts} ledger. Calls join the caller's transaction. */
public interface MemberPayoutRepository {
    /** Stores a PENDING {@link MemberPayout.Source#AGENCY} row. */
    void insert(MemberPayout payout);

    /** @return any ledger row (either source) */
    Optional<MemberPayout> findById(UUID id);

    /**
     * Compare-and-set of a PENDING agency row into PAID or FAILED.
     *
     * @return the settled row, empty when it is not an agency row or not PENDING any more
     */
    Optional<MemberPayout> settle(UUID id, PayoutStatus next, Optional<String> note, Instant at);

    /** Filters of {@link #list}; each empty one matches every row. {@code from}/{@code to} bound {@code createdAt}. */
    record Filter(Optional<UUID> userId, Optional<PayoutStatus> status, Optional<MemberPayout.Source> source,
                  Optional<Instant> from, Optional<Instant> to) {
    }

    /** @return matching ledger rows, newest first, at most {@code max} */
    List<MemberPayout> list(Filter filter, int max);

    /** Sums of one member in one currency over a period: minor units per status, and the row count. */
    record Total(UUID userId, String currency, long pending, long paid, long failed, long orderAmount,
                 long agencyAmount, int count) {
    }

    /**
     * Totals per member and currency of the rows created in {@code [from, to)}, both sources.
     *
     * @param userId only this member's, when given
     */
    List<Total> totals(Optional<UUID> userId, Instant from, Instant to);
}
