package io.ensemble.web.text;

/**
 * The one rule for NUL in text input (issue 28 §1): PostgreSQL cannot store {@code U+0000} in text,
 * so every JSON string, query parameter and path parameter carrying it is refused with 400
 * {@code VALIDATION_FAILED} naming the field, before anything is written.
 */
public final class NulCharacters {
    /** The {@code details[].message} for a field that contains NUL. */
    public static final String MESSAGE = "must not contain the NUL character (\\u0000)";

    private NulCharacters() {
    }

    /** @return whether {@code text} contains {@code U+0000}; {@code false} for {@code null} */
    public static boolean contains(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }
}
