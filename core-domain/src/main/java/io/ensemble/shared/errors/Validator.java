package io.ensemble.shared.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field errors for a command and throws them all at once. Used by self-validating
 * command records: {@code new Validator().required("email", email).maxLength(...).throwIfInvalid()}.
 */
public final class Validator {
    private static final Pattern EMAIL =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private final List<FieldError> errors = new ArrayList<>();

    /** Records an error when {@code value} is null or blank. @return whether the value is present */
    public boolean required(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return false;
        }
        return true;
    }

    /** Records an error when {@code value} is longer than {@code max} characters (Unicode code points). */
    public Validator maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return this;
    }

    /** Records an error when a present {@code value} is not an email address (RFC 5321 length limits). */
    public Validator email(String field, String value) {
        if (value != null && !value.isBlank() && (value.length() > 254 || !EMAIL.matcher(value).matches())) {
            errors.add(new FieldError(field, "must be a valid email address"));
        }
        return this;
    }

    /** Records an error when {@code condition} is false. */
    public Validator check(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /** @throws ValidationFailed when any error was recorded */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }
}
