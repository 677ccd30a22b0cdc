package io.ensemble.marketplace.fakes;

import io.ensemble.payments.Payout;
import io.ensemble.payments.PayoutRepository;
import io.ensemble.payments.PayoutStatus;
import io.ensemble.shared.paging.Cursor;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * In-memory {@link PayoutRepository} (one payout per order) for domain tests. Users in
 * {@link #payoutsEnabled} have an account with payouts enabled (any provider).
 */
public final class InMemoryPayouts implements PayoutRepository {
    private final Map<UUID, Instant> claimedUntil = new java.util.HashMap<>();
    public final Map<UUID, Payout> payouts = new LinkedHashMap<>();
    public final Set<UUID> payoutsEnabled = new HashSet<>();

    @Override
    public boolean insert(Payout payout) {
        if (payouts.values().stream().anyMatch(p -> p.orderId().equals(payout.orderId()))) {
            return false;
        }
        payouts.put(payout.id(), payout);
        return true;
    }

    @Override
    public List<UUID> dueForTransfer(String provider, Optional<UUID> userId, Instant now, int max) {
        return payouts.values().stream().filter(p -> due(p, now)).filter(p -> payoutsEnabled.contains(p.userId()))
                .filter(p -> userId.map(p.userId()::equals).orElse(true))
                .sorted(Comparator.comparing(Payout::createdAt)).limit(max).map(Payout::id).toList();
    }

    @Override
    public Optional<Payout> claimTransfer(UUID id, Instant now, Instant until) {
        Payout p = payouts.get(id);
        if (p == null || !due(p, now)) {
            return Optional.empty();
        }
        Payout claimed = with(p, p.status(), p.providerRef(), p.note(), p.transferAttempts(), p.lastTransferError(),
                Optional.of(until), p.updatedAt());
        payouts.put(id, claimed);
        claimedUntil.put(id, until);
        return Optional.of(claimed);
    }

    @Override
    public boolean markTransferred(UUID id, String transferRef, String note, Instant at) {
        claimedUntil.remove(id);
        Payout p = payouts.get(id);
        if (p == null || p.status() != PayoutStatus.PENDING || p.providerRef().isPresent()) {
            return false;
        }
        payouts.put(id, with(p, PayoutStatus.PAID, Optional.of(transferRef), Optional.of(note),
                p.transferAttempts() + 1, Optional.empty(), Optional.empty(), at));
        return true;
    }

    @Override
    public void recordTransferFailure(UUID id, String error, Instant retryAt, Instant at) {
        claimedUntil.remove(id);
        Payout p = payouts.get(id);
        if (p != null && p.status() == PayoutStatus.PENDING && p.providerRef().isEmpty()) {
            payouts.put(id, with(p, p.status(), p.providerRef(), p.note(), p.transferAttempts() + 1,
                    Optional.of(error), Optional.of(retryAt), at));
        }
    }

    @Override
    public void releaseTransfer(UUID id, Instant at) {
        claimedUntil.remove(id);
        Payout p = payouts.get(id);
        if (p != null && p.status() == PayoutStatus.PENDING && p.providerRef().isEmpty()) {
            payouts.put(id, with(p, p.status(), p.providerRef(), p.note(), p.transferAttempts(),
                    p.lastTransferError(), Optional.empty(), at));
        }
    }

    private static boolean due(Payout p, Instant now) {
        return p.status() == PayoutStatus.PENDING && p.providerRef().isEmpty()
                && p.nextTransferAt().map(at -> !at.isAfter(now)).orElse(true);
    }

    private static Payout with(Payout p, PayoutStatus status, Optional<String> ref, Optional<String> note,
                               int attempts, Optional<String> error, Optional<Instant> next, Instant at) {
        return new Payout(p.id(), p.userId(), p.orderId(), p.gross(), p.fee(), p.net(), status, ref, note, attempts,
                error, next, p.createdAt(), at);
    }

    @Override
    public Optional<Payout> findByOrder(UUID orderId) {
        return payouts.values().stream().filter(p -> p.orderId().equals(orderId)).findFirst();
    }

    @Override
    public Optional<Payout> findById(UUID id) {
        return Optional.ofNullable(payouts.get(id));
    }

    @Override
    public Optional<Payout> settle(UUID id, PayoutStatus next, Optional<String> note, Instant at) {
        Payout p = payouts.get(id);
        if (p == null || p.status() != PayoutStatus.PENDING
                || (claimedUntil.containsKey(id) && claimedUntil.get(id).isAfter(at))) {
            return Optional.empty();
        }
        Payout settled = with(p, next, p.providerRef(), note, p.transferAttempts(), p.lastTransferError(),
                p.nextTransferAt(), at);
        payouts.put(id, settled);
        return Optional.of(settled);
    }

    @Override
    public List<Payout> forUser(UUID userId, Optional<Cursor> after, int max) {
        return payouts.values().stream().filter(p -> p.userId().equals(userId)).limit(max).toList();
    }
}
