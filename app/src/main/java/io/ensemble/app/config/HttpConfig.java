package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * API-port settings: CORS allowlist (comma-separated origins, or empty for none), body size limit,
 * and the proxies whose forwarding headers are believed (comma-separated CIDRs, issue 29 §3).
 */
public final class HttpConfig {
    @JsonProperty
    private String corsAllowedOrigins = "";
    @JsonProperty
    @Min(1024)
    private long maxBodyBytes = 1024 * 1024;
    @JsonProperty
    private String trustedProxies = "";

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

    /**
     * @return the trusted proxies ({@code TRUSTED_PROXIES}); none when blank
     * @throws IllegalArgumentException naming an entry that is not an IP network
     */
    public io.ensemble.web.forwarded.TrustedProxies trustedProxies() {
        return io.ensemble.web.forwarded.TrustedProxies.parse(trustedProxies);
    }
}
