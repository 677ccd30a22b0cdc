package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.ensemble.identity.IdentitySettings;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/**
 * Token settings (issue 3 §3). {@code jwtSecret} and {@code tokenHashSecret} (base64 or hex, at
 * least 32 bytes) come from the environment; when blank they are generated once and kept in the
 * database, shared by every node (issue 29 §1, {@code NodeKeys}).
 */
public final class AuthConfig {
    @JsonProperty
    private String jwtSecret = "";
    @JsonProperty
    private String tokenHashSecret = "";
    @JsonProperty
    @NotBlank
    private String issuer = "ensemble";
    @JsonProperty
    @NotBlank
    private String audience = "ensemble-api";
    @JsonProperty
    private Duration accessTokenTtl = Duration.minutes(15);
    @JsonProperty
    private Duration refreshTokenTtl = Duration.days(30);
    /** Issue 29 §8: a rotated refresh token presented again this soon gets the same successor; 0 disables. */
    @JsonProperty
    private Duration refreshReuseGrace = Duration.seconds(10);

    public String getIssuer() {
        return issuer;
    }

    public String getAudience() {
        return audience;
    }

    public java.time.Duration accessTokenTtl() {
        return accessTokenTtl.toJavaDuration();
    }

    /** @return the HS256 signing key given in config ({@code JWT_SECRET}), when one is */
    public Optional<String> configuredJwtSecret() {
        return configured(jwtSecret);
    }

    /** @return the HMAC key for OTP and refresh-token hashes given in config ({@code TOKEN_HASH_SECRET}) */
    public Optional<String> configuredTokenHashSecret() {
        return configured(tokenHashSecret);
    }

    /** @return the identity figures, with the refresh-token life from this config */
    public IdentitySettings identitySettings() {
        IdentitySettings d = IdentitySettings.defaults();
        return new IdentitySettings(d.otpTtl(), d.otpMaxAttempts(), d.otpResendCooldown(), d.resetTokenTtl(),
                refreshTokenTtl.toJavaDuration(), refreshReuseGrace.toJavaDuration());
    }

    /** @return the trimmed value, or empty when it is blank (a key to generate) */
    static Optional<String> configured(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
