package io.ensemble.banking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of {@code bank_items} and {@code bank_accounts}; reads by id always filter by owner. */
public interface BankAccountRepository {
    /**
     * Stores an item and its accounts.
     *
     * @throws io.ensemble.shared.errors.Conflict {@code BANK_ITEM_ALREADY_LINKED} when the provider's item id is
     *     already stored (also when a concurrent link of the same item committed first)
     */
    void insert(BankItem item, List<BankAccount> accounts);

    /** @return the item with this provider and provider item id, whoever owns it */
    Optional<BankItem> findItem(String provider, String providerItemId);

    /** @return the item with our id, owned by {@code userId} */
    Optional<BankItem> findOwnedItem(UUID itemId, UUID userId);

    /** @return the user's accounts, oldest first; an item's accounts in the provider's order */
    List<BankAccount> accountsOf(UUID userId);

    /** @return the user's accounts of one item, in the provider's order */
    List<BankAccount> accountsOfItem(UUID itemId, UUID userId);

    /** @return the account with this id, owned by {@code userId} */
    Optional<BankAccount> findOwnedAccount(UUID accountId, UUID userId);

    /** Deletes one account. @return whether a row was deleted */
    boolean deleteAccount(UUID accountId);

    /** Deletes an item and (by cascade) its accounts. @return whether a row was deleted */
    boolean deleteItem(UUID itemId);

    /**
     * Sets the status of the item with this provider item id.
     *
     * @return whether an item was found and changed
     */
    boolean updateStatus(String provider, String providerItemId, ItemStatus status, Instant at);
}
