package io.ensemble.payments.fakes;

import io.ensemble.payments.PayoutAccount;
import io.ensemble.payments.PayoutAccountRepository;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** {@link PayoutAccountRepository} in memory: one account per user and provider, readable by tests. */
public final class InMemoryPayoutAccounts implements PayoutAccountRepository {
    private final Map<UUID, PayoutAccount> rows = new ConcurrentHashMap<>();

    /** Stores (or replaces) the user's account, as a test's given state. */
    public void put(PayoutAccount account) {
        rows.put(account.userId(), account);
    }

    /** @return the stored account of {@code userId}, any provider */
    public Optional<PayoutAccount> of(UUID userId) {
        return Optional.ofNullable(rows.get(userId));
    }

    /** @return how many accounts are stored */
    public int size() {
        return rows.size();
    }

    @Override
    public boolean insert(PayoutAccount account) {
        return rows.putIfAbsent(account.userId(), account) == null;
    }

    @Override
    public Optional<PayoutAccount> findByUser(UUID userId, String provider) {
        return Optional.ofNullable(rows.get(userId)).filter(a -> a.provider().equals(provider));
    }

    @Override
    public Optional<PayoutAccount> findByAccount(String provider, String accountId) {
        return rows.values().stream().filter(a -> a.provider().equals(provider)
                && a.accountId().equals(accountId)).findFirst();
    }

    @Override
    public boolean updatePayoutsEnabled(String provider, String accountId, boolean enabled, Instant at) {
        Optional<PayoutAccount> found = findByAccount(provider, accountId);
        found.ifPresent(a -> rows.put(a.userId(), new PayoutAccount(a.userId(), a.provider(), a.accountId(),
                enabled, a.createdAt(), at)));
        return found.isPresent();
    }
}
