package io.ensemble.banking;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A linked bank account as stored and shown to its owner (seeds/000 §Bank Account Endpoints:
 * {@code id, bankName, accountType, last4, isVerified, createdAt}). No full account number is ever
 * stored.
 *
 * @param id our id
 * @param userId the owner
 * @param itemId our id of the item it belongs to
 * @param providerAccountId the provider's account id
 * @param institutionName the bank, e.g. "Chase" (may be empty)
 * @param name the account's name at the bank
 * @param mask up to 4 trailing digits (may be empty)
 * @param type e.g. {@code depository}
 * @param subtype e.g. {@code checking}
 * @param itemStatus health of its item
 * @param createdAt when it was linked
 */
public record BankAccount(UUID id, UUID userId, UUID itemId, String providerAccountId, String institutionName,
                          String name, String mask, String type, Optional<String> subtype, ItemStatus itemStatus,
                          Instant createdAt) {
    public BankAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(providerAccountId, "providerAccountId");
        institutionName = Objects.requireNonNullElse(institutionName, "");
        name = Objects.requireNonNullElse(name, "");
        mask = Objects.requireNonNullElse(mask, "");
        type = Objects.requireNonNullElse(type, "");
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(itemStatus, "itemStatus");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** @return the bank name shown to users: the institution, or the account's name when the institution is unnamed */
    public String bankName() {
        return institutionName.isEmpty() ? name : institutionName;
    }

    /** @return the kind shown to users: the subtype ({@code checking}, {@code savings}) or else the type */
    public String accountType() {
        return subtype.orElse(type);
    }
}
