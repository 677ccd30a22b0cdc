package io.ensemble.marketplace.fakes;

import io.ensemble.payments.Payout;
import io.ensemble.payments.PayoutRepository;
import io.ensemble.payments.PayoutStatus;
import io.ensemble.shared.Cursor;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** In-memory {@link PayoutRepository} (one payout per order) for domain tests. */
public final class InMemoryPayouts implements PayoutRepository {
    public final Map<UUID, Payout> payouts = new HashMap<>();

    @Override
    public boolean insert(Payout payout) {
        if (payouts.values().stream().anyMatch(p -> p.orderId().equals(payout.orderId()))) {
            return false;
        }
        payouts.put(payout.id(), payout);
        return true;
    }

    @Override
    public void attachProviderRef(UUID id, String providerRef, Instant at) {
        throw new UnsupportedOperationException("the manual-like fake never transfers");
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
        if (p == null || p.status() != PayoutStatus.PENDING) {
            return Optional.empty();
        }
        Payout settled = new Payout(p.id(), p.userId(), p.orderId(), p.gross(), p.fee(), p.net(), next,
                p.providerRef(), note, p.createdAt(), at);
        payouts.put(id, settled);
        return Optional.of(settled);
    }

    @Override
    public List<Payout> forUser(UUID userId, Optional<Cursor> after, int max) {
        return payouts.values().stream().filter(p -> p.userId().equals(userId)).limit(max).toList();
    }
}
