package io.ensemble.identity;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where codes may be texted (issue 23 §1 toll-fraud guard).
 *
 * @param allowedCountries ISO 3166-1 alpha-2 regions ({@code SMS_ALLOWED_COUNTRIES}); empty allows all
 */
public record PhoneSettings(Set<String> allowedCountries) {
    public PhoneSettings {
        allowedCountries = allowedCountries.stream().map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** @return whether a code may be texted to a number of {@code region} */
    public boolean allows(String region) {
        return allowedCountries.isEmpty() || allowedCountries.contains(region.toUpperCase(Locale.ROOT));
    }

    /** Every country allowed. */
    public static PhoneSettings anyCountry() {
        return new PhoneSettings(Set.of());
    }
}
