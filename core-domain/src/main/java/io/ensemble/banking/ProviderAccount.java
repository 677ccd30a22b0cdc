package io.ensemble.banking;

import java.util.Objects;
import java.util.Optional;

/**
 * One account of an item as the provider describes it (Plaid {@code /accounts/get} {@code accounts[]}).
 * Never holds a full account number: only the last digits ({@code mask}).
 *
 * @param accountId the provider's account id
 * @param name the account's display name, e.g. "Plaid Checking"
 * @param mask up to 4 trailing digits, empty when the institution gives none
 * @param type e.g. {@code depository}
 * @param subtype e.g. {@code checking}, empty when unknown
 */
public record ProviderAccount(String accountId, String name, String mask, String type, Optional<String> subtype) {
    public ProviderAccount {
        Objects.requireNonNull(accountId, "accountId");
        name = Objects.requireNonNullElse(name, "");
        mask = mask == null ? "" : mask.length() > 4 ? mask.substring(mask.length() - 4) : mask;
        type = Objects.requireNonNullElse(type, "");
        Objects.requireNonNull(subtype, "subtype");
    }
}
