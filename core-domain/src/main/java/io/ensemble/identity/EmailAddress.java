package io.ensemble.identity;

import java.util.Locale;

/** Email normalisation: addresses are compared and stored trimmed and lower-case. */
public final class EmailAddress {
    private EmailAddress() {
    }

    /** @return the trimmed, lower-case form, or null when {@code raw} is null */
    public static String normalize(String raw) {
        return raw == null ? null : raw.trim().toLowerCase(Locale.ROOT);
    }
}
