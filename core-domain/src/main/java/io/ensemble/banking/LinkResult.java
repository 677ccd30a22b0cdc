package io.ensemble.banking;

import java.util.List;

/**
 * Outcome of linking: the item's accounts, and whether they were stored now or had already been
 * linked by the same user (an idempotent repeat).
 *
 * @param accounts the item's stored accounts, oldest first (never empty)
 * @param created true when the accounts were stored by this call (or, for a replay, by the first call)
 * @param replayed true when this answer was replayed for a repeated {@code Idempotency-Key}
 */
public record LinkResult(List<BankAccount> accounts, boolean created, boolean replayed) {
    public LinkResult {
        accounts = List.copyOf(accounts);
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("a link result has at least one account");
        }
    }

    /** A fresh (not replayed) result. */
    public LinkResult(List<BankAccount> accounts, boolean created) {
        this(accounts, created, false);
    }

    /** @return the first account, the one seeds/000 answers as {@code account} */
    public BankAccount first() {
        return accounts.get(0);
    }
}
