package io.ensemble.identity;

import java.util.Locale;

/**
 * How an account was created and proves who it is (issue 23 §1-§2): a password with an e-mailed code,
 * an SMS code to a phone, or a Google or Apple ID token. Stored and answered lower-case.
 */
public enum AuthProvider {
    EMAIL, PHONE, GOOGLE, APPLE;

    /** @return the stored and answered spelling, e.g. {@code google} */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the provider spelt {@code value} (any case) */
    public static AuthProvider parse(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
