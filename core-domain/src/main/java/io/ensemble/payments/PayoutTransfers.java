package io.ensemble.payments;

import io.ensemble.shared.errors.DomainException;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends PENDING payouts to the payee through the {@link PaymentGateway} (issue 8 §3, Stripe Connect
 * transfers), exactly once, whenever it becomes possible: right after the order completes, when the
 * payee's account starts accepting payouts, and from the {@code payouts-transfer} job.
 *
 * <p>One attempt: claim the payout in a short transaction ({@code nextTransferAt} = now +
 * {@link #CLAIM}, so two nodes never call the provider for it at once), call the gateway outside any
 * transaction (the idempotency key derives from the payout id, so a retry after a timeout is the same
 * transfer), then record the outcome: PAID with the transfer id; or the attempt counted with its error
 * and a retry after {@link #backoff} (1 min, doubling, at most 6 h); or, when the payee cannot receive
 * transfers yet (manual gateway, no onboarded account), the claim released without counting. Gateway
 * failures never propagate: the payout stays PENDING and visible with its attempt count and last error.
 */
public final class PayoutTransfers {
    /** How long a claimed attempt keeps others away; longer than any gateway call with its retries. */
    public static final Duration CLAIM = Duration.ofMinutes(5);
    /** Delay before the first retry after a failed attempt; doubles with each further failure. */
    public static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    /** Longest delay between retries (well inside Stripe's 24 h idempotency window). */
    public static final Duration MAX_RETRY = Duration.ofHours(6);
    /** Payouts attempted per pass of {@link #transferDue}. */
    static final int BATCH = 100;
    private static final int ERROR_MAX = 500;
    private static final Logger LOG = LoggerFactory.getLogger(PayoutTransfers.class);

    private final PaymentGateway gateway;
    private final PayoutRepository payouts;
    private final Transactions transactions;
    private final io.ensemble.shared.outbox.Outbox outbox;
    private final io.ensemble.shared.ids.IdGenerator ids;
    private final Clock clock;

    /** Wires the ports. */
    public PayoutTransfers(PaymentGateway gateway, PayoutRepository payouts, Transactions transactions, Clock clock,
                           io.ensemble.shared.outbox.Outbox outbox, io.ensemble.shared.ids.IdGenerator ids) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.payouts = Objects.requireNonNull(payouts, "payouts");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What one attempt did. */
    public enum Outcome {
        /** The gateway transferred it; the payout is PAID with the transfer id. */
        TRANSFERRED,
        /** The payee cannot receive transfers yet (or an operator pays by hand); still PENDING, not counted. */
        WAITING,
        /** The gateway failed; the attempt is counted with its error and retried after the backoff. */
        FAILED,
        /** Not attempted: already settled or transferred, being attempted elsewhere, or backing off. */
        SKIPPED
    }

    /** Counts of one pass over several payouts. */
    public record Summary(int transferred, int failed, int waiting, int skipped) {
        /** @return e.g. {@code "transferred 2, failed 1, waiting 0, skipped 0 payouts"} */
        public String describe() {
            return "transferred " + transferred + ", failed " + failed + ", waiting " + waiting + ", skipped "
                    + skipped + " payouts";
        }
    }

    /**
     * Attempts the transfer of one payout now, unless it is not PENDING, already has a transfer id, is
     * being attempted elsewhere or is backing off after a failure.
     *
     * @return what happened; gateway errors are recorded on the payout, never thrown
     */
    public Outcome transfer(UUID payoutId) {
        Instant now = clock.instant();
        Optional<Payout> claimed = transactions.inTransaction(() -> payouts.claimTransfer(payoutId, now,
                now.plus(CLAIM)));
        if (claimed.isEmpty()) {
            return Outcome.SKIPPED;
        }
        Payout payout = claimed.get();
        Optional<String> transfer;
        try {
            transfer = gateway.payout(payout.id(), payout.userId(), payout.orderId(), payout.net());
        } catch (RuntimeException e) {
            int attempts = payout.transferAttempts() + 1;
            Instant failedAt = clock.instant();
            Instant retryAt = failedAt.plus(backoff(attempts));
            String error = describe(e);
            transactions.run(() -> payouts.recordTransferFailure(payout.id(), error, retryAt, failedAt));
            LOG.warn("Payout {} of order {}: transfer attempt {} failed ({}); retry at {}", payout.id(),
                    payout.orderId(), attempts, error, retryAt);
            return Outcome.FAILED;
        }
        if (transfer.isEmpty()) {
            transactions.run(() -> payouts.releaseTransfer(payout.id(), clock.instant()));
            return Outcome.WAITING;
        }
        String ref = transfer.get();
        boolean recorded = transactions.inTransaction(() -> {
            Instant at = clock.instant();
            boolean marked = payouts.markTransferred(payout.id(), ref, "Transferred by " + gateway.name() + " (" + ref + ")",
                    at);
            if (marked) {
                outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(),
                        PayoutActivities.settled(payout, PayoutStatus.PAID, at), at));
            }
            return marked;
        });
        if (!recorded) {
            LOG.warn("Payout {} was settled while transfer {} was made; check it by hand", payout.id(), ref);
        } else {
            LOG.info("Payout {} of order {} transferred: {}", payout.id(), payout.orderId(), ref);
        }
        return Outcome.TRANSFERRED;
    }

    /**
     * One pass of the {@code payouts-transfer} job: attempts every due payout (see
     * {@link PayoutRepository#dueForTransfer}) of payees whose account accepts payouts, up to
     * {@value #BATCH}.
     */
    public Summary transferDue(Instant now) {
        return attempt(payouts.dueForTransfer(gateway.name(), Optional.empty(), now, BATCH));
    }

    /**
     * Attempts the due payouts of one payee, e.g. when their account just started accepting payouts
     * (Stripe {@code account.updated} with {@code payouts_enabled}).
     */
    public Summary transferPendingOf(UUID userId) {
        return attempt(payouts.dueForTransfer(gateway.name(), Optional.of(userId), clock.instant(), BATCH));
    }

    /**
     * @param attempts failed attempts so far, at least 1
     * @return {@link #FIRST_RETRY} × 2^(attempts − 1), at most {@link #MAX_RETRY}
     */
    public static Duration backoff(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
    }

    private Summary attempt(List<UUID> ids) {
        int transferred = 0;
        int failed = 0;
        int waiting = 0;
        int skipped = 0;
        for (UUID id : ids) {
            switch (transfer(id)) {
                case TRANSFERRED -> transferred++;
                case FAILED -> failed++;
                case WAITING -> waiting++;
                case SKIPPED -> skipped++;
            }
        }
        return new Summary(transferred, failed, waiting, skipped);
    }

    private static String describe(RuntimeException e) {
        String text = e instanceof DomainException d ? d.code() + ": " + d.getMessage()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX);
    }
}
