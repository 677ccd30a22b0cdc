package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.ensemble.identity.IdentitySettings;
import io.ensemble.integrations.crypto.SecretFiles;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;

/**
 * Token settings (issue 3 §3). {@code jwtSecret} and {@code tokenHashSecret} (base64 or hex, at
 * least 32 bytes) come from the environment; when blank they are generated once into
 * {@code <dataDirectory>/secrets/} and reused, so tokens survive restarts.
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

    /** @return the HS256 signing key: the configured secret or the generated key file */
    public byte[] jwtKey(Path dataDirectory) {
        return key(jwtSecret, dataDirectory.resolve("secrets/jwt.key"));
    }

    /** @return the HMAC key for OTP and refresh-token hashes */
    public byte[] tokenHashKey(Path dataDirectory) {
        return key(tokenHashSecret, dataDirectory.resolve("secrets/token-hash.key"));
    }

    /** @return the identity figures, with the refresh-token life from this config */
    public IdentitySettings identitySettings() {
        IdentitySettings d = IdentitySettings.defaults();
        return new IdentitySettings(d.otpTtl(), d.otpMaxAttempts(), d.otpResendCooldown(), d.resetTokenTtl(),
                refreshTokenTtl.toJavaDuration(), refreshReuseGrace.toJavaDuration());
    }

    private static byte[] key(String configured, Path file) {
        return configured == null || configured.isBlank()
                ? SecretFiles.loadOrCreate(file, 32)
                : SecretFiles.decode(configured);
    }
}
