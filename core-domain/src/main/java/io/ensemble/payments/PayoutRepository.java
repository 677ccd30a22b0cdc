package io.ensemble.payments;

import io.ensemble.shared.paging.Cursor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of the {@code payouts} ledger. Calls join the caller's transaction. */
public interface PayoutRepository {
    /** Stores a PENDING payout; @return false when the order already has one (nothing changed) */
    boolean insert(Payout payout);

    /** @return the payout of the order, if one was written */
    Optional<Payout> findByOrder(UUID orderId);

    /** @return the payout with this id */
    Optional<Payout> findById(UUID id);

    /**
     * Compare-and-set of a PENDING payout into PAID or FAILED, unless a transfer attempt holds it
     * ({@link #claimTransfer} until its claim ends or lapses), so a hand settlement never races an
     * automatic transfer.
     *
     * @return the updated payout, empty when it is not PENDING any more or a transfer attempt holds it
     */
    Optional<Payout> settle(UUID id, PayoutStatus next, Optional<String> note, Instant at);

    /**
     * Payouts a transfer may be attempted for now: PENDING, without a transfer id, with no
     * {@code nextTransferAt} after {@code now}, whose user's account at {@code provider} has payouts
     * enabled. Oldest first.
     *
     * @param userId only this user's, when given
     * @return at most {@code max} ids
     */
    List<UUID> dueForTransfer(String provider, Optional<UUID> userId, Instant now, int max);

    /**
     * Claims a payout for one transfer attempt: when it is PENDING, has no transfer id and no
     * {@code nextTransferAt} after {@code now}, sets {@code nextTransferAt = until} so no other caller
     * attempts it meanwhile (the claim lapses by itself if this one crashes).
     *
     * @return the claimed payout, empty when it is not claimable (settled, transferred, claimed or backing off)
     */
    Optional<Payout> claimTransfer(UUID id, Instant now, Instant until);

    /**
     * PENDING → PAID with the gateway's transfer id: counts the attempt, clears the retry time and the error.
     *
     * @return whether it changed (false when it was settled meanwhile)
     */
    boolean markTransferred(UUID id, String transferRef, String note, Instant at);

    /** Counts a failed attempt of a PENDING payout: its error and when to retry. */
    void recordTransferFailure(UUID id, String error, Instant retryAt, Instant at);

    /** Ends a claim without counting an attempt (nothing to transfer to yet): attemptable again at once. */
    void releaseTransfer(UUID id, Instant at);

    /** The user's payouts, newest first ({@code created_at DESC, id DESC}), after the cursor. */
    List<Payout> forUser(UUID userId, Optional<Cursor> after, int max);
}
