package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * {@code adminPort:} in config.yml (Dropwizard's own {@code admin:} section holds its tasks and health checks) (issue 29 §2): {@code token} ({@code ADMIN_TOKEN}) is the bearer token every
 * admin-port route requires when set; it is required when the admin port listens on anything but loopback
 * ({@code ADMIN_BIND_HOST}), and it turns {@code /threads} and {@code /pprof} on.
 */
public final class AdminConfig {
    @JsonProperty
    private String token = "";

    /** @return the admin bearer token, empty when not configured (blank counts as not configured) */
    public Optional<String> token() {
        return Optional.ofNullable(token).map(String::trim).filter(t -> !t.isEmpty());
    }
}
