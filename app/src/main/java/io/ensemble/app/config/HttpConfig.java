package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** API-port settings: CORS allowlist (comma-separated origins, or empty for none) and body size limit. */
public final class HttpConfig {
    @JsonProperty
    private String corsAllowedOrigins = "";
    @JsonProperty
    @Min(1024)
    private long maxBodyBytes = 1024 * 1024;

    /** @return the allowed origins, e.g. {@code https://app.example.com}; empty disables CORS */
    public Set<String> allowedOrigins() {
        return Arrays.stream(corsAllowedOrigins.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public long getMaxBodyBytes() {
        return maxBodyBytes;
    }
}
