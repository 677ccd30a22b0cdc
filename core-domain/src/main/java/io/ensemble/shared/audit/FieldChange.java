package io.ensemble.shared.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One changed field of an audit record: its name and the value before and after, as text (empty when
 * the field was unset). Secrets never reach the trail: when any word of the field name (split at
 * camelCase humps, {@code _}, {@code -} and {@code .}) is a secret word ({@code password},
 * {@code token}, {@code secret}, {@code key}, {@code otp}, ...), both present values are replaced by
 * {@link #REDACTED} in the constructor, so a record can say that a password changed but never what
 * it was or became.
 *
 * @param field the field's name as the API spells it, 1..100 characters, e.g. {@code status}
 * @param before the value before the change, at most 1000 characters (longer is cut)
 * @param after the value after the change, at most 1000 characters (longer is cut)
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {
    /** What a secret value reads as. */
    public static final String REDACTED = "[REDACTED]";
    /** The longest value kept; longer ones are cut to this many characters. */
    public static final int MAX_VALUE_LENGTH = 1000;
    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "passphrase", "token",
            "secret", "key", "apikey", "otp", "pin", "salt", "hash", "credential", "credentials", "cvc", "cvv",
            "iban", "ssn", "authorization", "cookie");

    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (field.isBlank() || field.length() > 100) {
            throw new IllegalArgumentException("field name must be 1..100 characters");
        }
        if (isSecret(field)) {
            before = before.map(v -> REDACTED);
            after = after.map(v -> REDACTED);
        } else {
            before = before.map(FieldChange::cut);
            after = after.map(FieldChange::cut);
        }
    }

    /** @return a change from {@code before} to {@code after}; null means unset */
    public static FieldChange of(String field, String before, String after) {
        return new FieldChange(field, Optional.ofNullable(before), Optional.ofNullable(after));
    }

    /**
     * Whether a field name names a secret: any of its words, split at camelCase humps and at
     * {@code _ - .} and compared without case, is a secret word (e.g. {@code passwordHash},
     * {@code refresh_token}, {@code clientSecret}, {@code apiKey}; not {@code status} or {@code monkey}).
     */
    public static boolean isSecret(String field) {
        String spaced = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[_.\\-\\s]+", " ");
        return Arrays.stream(spaced.toLowerCase(Locale.ROOT).split(" ")).anyMatch(SECRET_WORDS::contains);
    }

    private static String cut(String value) {
        return value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH);
    }
}
