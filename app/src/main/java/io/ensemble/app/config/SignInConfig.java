package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.ensemble.identity.AuthProvider;
import io.ensemble.identity.PhoneSettings;
import io.ensemble.integrations.idtokens.IdTokenIssuer;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code signIn:} phone codes and Google/Apple ID tokens (issue 23 §1-§2). Lists are comma-separated
 * strings so one environment variable sets them: {@code SMS_ALLOWED_COUNTRIES} (ISO regions, empty: all),
 * {@code GOOGLE_CLIENT_IDS}, {@code APPLE_CLIENT_IDS} (empty: that sign-in answers 503 naming the variable).
 * Texts are limited per number and per client address per hour (0 turns a limit off).
 */
public final class SignInConfig {
    @JsonProperty
    private String smsAllowedCountries = "";
    @JsonProperty
    @Min(0)
    private long smsPerNumberPerHour = 5;
    @JsonProperty
    @Min(0)
    private long smsPerAddressPerHour = 20;
    @JsonProperty
    @NotNull
    private String googleJwksUrl = "https://www.googleapis.com/oauth2/v3/certs";
    @JsonProperty
    private String googleClientIds = "";
    @JsonProperty
    @NotNull
    private String appleJwksUrl = "https://appleid.apple.com/auth/keys";
    @JsonProperty
    private String appleClientIds = "";

    /** @return the country allow-list */
    public PhoneSettings phoneSettings() {
        return new PhoneSettings(Set.copyOf(list(smsAllowedCountries)));
    }

    public long getSmsPerNumberPerHour() {
        return smsPerNumberPerHour;
    }

    public long getSmsPerAddressPerHour() {
        return smsPerAddressPerHour;
    }

    /** @return how Google's and Apple's ID tokens are checked (their published issuers) */
    public Map<AuthProvider, IdTokenIssuer> issuers() {
        return Map.of(
                AuthProvider.GOOGLE, new IdTokenIssuer(URI.create(googleJwksUrl),
                        List.of("https://accounts.google.com", "accounts.google.com"), list(googleClientIds),
                        "GOOGLE_CLIENT_IDS"),
                AuthProvider.APPLE, new IdTokenIssuer(URI.create(appleJwksUrl),
                        List.of("https://appleid.apple.com"), list(appleClientIds), "APPLE_CLIENT_IDS"));
    }

    private static List<String> list(String csv) {
        return csv == null ? List.of() : Arrays.stream(csv.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }
}
