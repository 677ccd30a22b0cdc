package io.ensemble.web.banking;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.ensemble.banking.BankAccount;
import java.time.Instant;

/**
 * A linked account as seeds/000 §Bank Account Endpoints shows it: {@code id, bankName, accountType,
 * last4, isVerified, createdAt}, plus {@code name} (the account's name at the bank), {@code status}
 * (ACTIVE, LOGIN_REQUIRED, PENDING_EXPIRATION, REVOKED) and {@code needsReauth}. Never a token or a full
 * account number.
 */
public record BankAccountView(String id, String bankName, String accountType, String last4,
                              @JsonProperty("isVerified") boolean isVerified, Instant createdAt, String name,
                              String status, boolean needsReauth) {

    /** @return the view of a stored account (linked through the provider's flow, hence verified) */
    public static BankAccountView of(BankAccount a) {
        return new BankAccountView(a.id().toString(), a.bankName(), a.accountType(), a.mask(), true, a.createdAt(),
                a.name(), a.itemStatus().name(), a.itemStatus().needsReauth());
    }
}
