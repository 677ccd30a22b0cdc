package io.ensemble.banking;

import java.util.List;

/**
 * Outcome of linking: the item's accounts, and whether they were stored now or had already been
 * linked by the same user (an idempotent repeat).
 *
 * @param accounts the item's stored accounts, oldest first (never empty)
 * @param created true when this call stored them
 */
public record LinkResult(List<BankAccount> accounts, boolean created) {
    public LinkResult {
        accounts = List.copyOf(accounts);
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("a link result has at least one account");
        }
    }

    /** @return the first account, the one seeds/000 answers as {@code account} */
    public BankAccount first() {
        return accounts.get(0);
    }
}
