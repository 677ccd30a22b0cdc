package io.ensemble.banking.fakes;

import io.ensemble.banking.BankAccount;
import io.ensemble.banking.BankAccountRepository;
import io.ensemble.banking.BankItem;
import io.ensemble.banking.BankWebhook;
import io.ensemble.banking.BankWebhookInbox;
import io.ensemble.banking.ItemStatus;
import io.ensemble.shared.errors.Conflict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Items, accounts and webhook deliveries in maps, with the adapter's uniqueness rules. */
public final class InMemoryBanking implements BankAccountRepository, BankWebhookInbox {
    public final Map<UUID, BankItem> items = new LinkedHashMap<>();
    public final Map<UUID, BankAccount> accounts = new LinkedHashMap<>();
    public final Set<String> deliveries = new HashSet<>();

    @Override
    public synchronized void insert(BankItem item, List<BankAccount> rows) {
        if (findItem(item.provider(), item.providerItemId()).isPresent()) {
            throw new Conflict("BANK_ITEM_ALREADY_LINKED", "already linked");
        }
        items.put(item.id(), item);
        rows.forEach(a -> accounts.put(a.id(), a));
    }

    @Override
    public synchronized Optional<BankItem> findItem(String provider, String providerItemId) {
        return items.values().stream().filter(i -> i.provider().equals(provider)
                && i.providerItemId().equals(providerItemId)).findFirst();
    }

    @Override
    public synchronized Optional<BankItem> findOwnedItem(UUID itemId, UUID userId) {
        return Optional.ofNullable(items.get(itemId)).filter(i -> i.userId().equals(userId));
    }

    @Override
    public synchronized List<BankAccount> accountsOf(UUID userId) {
        return new ArrayList<>(accounts.values().stream().filter(a -> a.userId().equals(userId))
                .map(this::withStatus).toList());
    }

    @Override
    public synchronized List<BankAccount> accountsOfItem(UUID itemId, UUID userId) {
        return accountsOf(userId).stream().filter(a -> a.itemId().equals(itemId)).toList();
    }

    @Override
    public synchronized Optional<BankAccount> findOwnedAccount(UUID accountId, UUID userId) {
        return Optional.ofNullable(accounts.get(accountId)).filter(a -> a.userId().equals(userId)).map(this::withStatus);
    }

    @Override
    public synchronized boolean deleteAccount(UUID accountId) {
        return accounts.remove(accountId) != null;
    }

    @Override
    public synchronized boolean deleteItem(UUID itemId) {
        accounts.values().removeIf(a -> a.itemId().equals(itemId));
        return items.remove(itemId) != null;
    }

    @Override
    public synchronized boolean updateStatus(String provider, String providerItemId, ItemStatus status, Instant at) {
        Optional<BankItem> item = findItem(provider, providerItemId);
        item.ifPresent(i -> items.put(i.id(), new BankItem(i.id(), i.userId(), i.provider(), i.providerItemId(),
                i.institutionName(), i.accessTokenCiphertext(), status, i.createdAt())));
        return item.isPresent();
    }

    @Override
    public synchronized boolean record(BankWebhook webhook, Instant receivedAt) {
        return deliveries.add(webhook.provider() + ":" + webhook.dedupeKey());
    }

    private BankAccount withStatus(BankAccount a) {
        ItemStatus status = items.get(a.itemId()).status();
        return new BankAccount(a.id(), a.userId(), a.itemId(), a.providerAccountId(), a.institutionName(), a.name(),
                a.mask(), a.type(), a.subtype(), status, a.createdAt());
    }
}
