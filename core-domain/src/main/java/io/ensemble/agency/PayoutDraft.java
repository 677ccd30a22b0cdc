package io.ensemble.agency;

import io.ensemble.shared.errors.Validator;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * A payout as an admin writes it (issue 22 §1): {@code {userId, amount (minor units, > 0), currency (ISO 4217),
 * description?}} raw from the request. {@link #validate()} throws
 * {@link io.ensemble.shared.errors.ValidationFailed} naming each bad field.
 */
public record PayoutDraft(String userId, Long amount, String currency, String description) {
    /** Largest single payout, minor units. */
    public static final long MAX_AMOUNT = 100_000_000_00L;

    /** The typed fields. */
    public record Valid(UUID userId, long amount, String currency, Optional<String> description) {
    }

    /** @return the typed fields @throws io.ensemble.shared.errors.ValidationFailed naming each bad field */
    public Valid validate() {
        Validator v = new Validator();
        UUID user = null;
        if (v.required("userId", userId)) {
            try {
                user = UUID.fromString(userId.strip());
            } catch (IllegalArgumentException e) {
                v.check(false, "userId", "must be a user id");
            }
        }
        v.check(amount != null, "amount", "is required");
        v.check(amount == null || (amount > 0 && amount <= MAX_AMOUNT), "amount",
                "must be a positive whole number of minor units (e.g. cents), at most " + MAX_AMOUNT);
        String code = currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
        if (v.required("currency", currency)) {
            v.check(known(code), "currency", "must be an ISO 4217 currency code, e.g. USD");
        }
        v.maxLength("description", description, 500);
        v.throwIfInvalid();
        return new Valid(user, amount, code, description == null || description.isBlank()
                ? Optional.empty() : Optional.of(description.strip()));
    }

    private static boolean known(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
