package io.ensemble.banking;

import java.util.List;
import java.util.Objects;

/**
 * The accounts of one item and the institution they are held at (Plaid {@code /accounts/get}:
 * {@code item.institution_name} and {@code accounts[]}).
 *
 * @param institutionName e.g. "Chase"; empty when the provider does not name it
 * @param accounts the item's accounts, in the provider's order
 */
public record ItemAccounts(String institutionName, List<ProviderAccount> accounts) {
    public ItemAccounts {
        institutionName = Objects.requireNonNullElse(institutionName, "");
        accounts = List.copyOf(accounts);
    }
}
