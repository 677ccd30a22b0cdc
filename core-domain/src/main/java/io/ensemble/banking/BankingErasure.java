package io.ensemble.banking;

import io.ensemble.privacy.ErasePersonalData;
import io.ensemble.privacy.ErasureSubject;
import java.util.Objects;

/**
 * Erasure step {@code bank-items} (issue 20 §4): every bank item of the user is removed at the
 * provider (Plaid {@code /item/remove}) and then deleted with its accounts. A provider failure fails
 * the step, so the job retries it; an item already deleted is not seen again (idempotent).
 */
public final class BankingErasure implements ErasePersonalData {
    private final BankItemsOfUser items;
    private final BankAccountRepository accounts;
    private final ItemRevocation revocation;

    /** Wires the ports. */
    public BankingErasure(BankItemsOfUser items, BankAccountRepository accounts, ItemRevocation revocation) {
        this.items = Objects.requireNonNull(items, "items");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.revocation = Objects.requireNonNull(revocation, "revocation");
    }

    @Override
    public String step() {
        return "bank-items";
    }

    @Override
    public void erase(ErasureSubject subject) {
        for (BankItem item : items.itemsOf(subject.userId())) {
            revocation.revoke(item);
            accounts.deleteItem(item.id());
        }
    }
}
