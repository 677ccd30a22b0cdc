package io.ensemble.identity;

import io.ensemble.shared.errors.Validator;

/**
 * Minimum password strength: 8 to 1024 characters; shorter than 16 characters it must mix at
 * least three of lower case, upper case, digits and symbols. Long passphrases (16+, including
 * 72+ characters, which bcrypt would truncate) need no mix. Not all one repeated character.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 1024;
    private static final int PASSPHRASE_LENGTH = 16;

    private PasswordPolicy() {
    }

    /** Adds field errors under {@code field} to {@code v} when {@code password} is too weak. */
    public static void check(Validator v, String field, String password) {
        if (!v.required(field, password)) {
            return;
        }
        int len = password.codePointCount(0, password.length());
        v.check(len >= MIN_LENGTH, field, "must be at least " + MIN_LENGTH + " characters");
        v.check(len <= MAX_LENGTH, field, "must be at most " + MAX_LENGTH + " characters");
        if (len >= MIN_LENGTH && len < PASSPHRASE_LENGTH) {
            v.check(characterClasses(password) >= 3, field,
                    "must mix at least three of: lower case, upper case, digits, symbols (or be 16+ characters)");
        }
        v.check(password.codePoints().distinct().count() > 1, field, "must not be one repeated character");
    }

    private static int characterClasses(String password) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
