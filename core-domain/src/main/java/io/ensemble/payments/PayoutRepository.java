package io.ensemble.payments;

import io.ensemble.shared.Cursor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of the {@code payouts} ledger. Calls join the caller's transaction. */
public interface PayoutRepository {
    /** Stores a PENDING payout; @return false when the order already has one (nothing changed) */
    boolean insert(Payout payout);

    /** Records the gateway's transfer id of a payout. */
    void attachProviderRef(UUID id, String providerRef, Instant at);

    /** @return the payout of the order, if one was written */
    Optional<Payout> findByOrder(UUID orderId);

    /** @return the payout with this id */
    Optional<Payout> findById(UUID id);

    /**
     * Compare-and-set of a PENDING payout into PAID or FAILED.
     *
     * @return the updated payout, empty when it is not PENDING any more
     */
    Optional<Payout> settle(UUID id, PayoutStatus next, Optional<String> note, Instant at);

    /** The user's payouts, newest first ({@code created_at DESC, id DESC}), after the cursor. */
    List<Payout> forUser(UUID userId, Optional<Cursor> after, int max);
}
