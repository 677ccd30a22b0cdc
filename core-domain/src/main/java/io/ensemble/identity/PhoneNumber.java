package io.ensemble.identity;

import java.util.Objects;

/**
 * A mobile number normalised to E.164 (issue 23 §1).
 *
 * @param e164 e.g. {@code +14155550100}
 * @param region its ISO 3166-1 alpha-2 country, upper-case, e.g. {@code US}
 */
public record PhoneNumber(String e164, String region) {
    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        Objects.requireNonNull(region, "region");
    }
}
