package io.ensemble.identity;

import java.time.Duration;
import java.util.Objects;

/**
 * Identity figures (issue 3 §3). Defaults: OTPs live 10 min and burn after 5 wrong tries, resend
 * cooldown 60 s, reset tokens 15 min, refresh tokens 30 days, and a rotated refresh token presented
 * again within 10 s returns the same successor (issue 29 §8; zero turns that off).
 */
public record IdentitySettings(
        Duration otpTtl,
        int otpMaxAttempts,
        Duration otpResendCooldown,
        Duration resetTokenTtl,
        Duration refreshTokenTtl,
        Duration refreshReuseGrace) {

    public IdentitySettings {
        Objects.requireNonNull(otpTtl, "otpTtl");
        Objects.requireNonNull(otpResendCooldown, "otpResendCooldown");
        Objects.requireNonNull(resetTokenTtl, "resetTokenTtl");
        Objects.requireNonNull(refreshTokenTtl, "refreshTokenTtl");
        Objects.requireNonNull(refreshReuseGrace, "refreshReuseGrace");
        if (refreshReuseGrace.isNegative()) {
            throw new IllegalArgumentException("refreshReuseGrace must not be negative");
        }
        if (otpMaxAttempts < 1) {
            throw new IllegalArgumentException("otpMaxAttempts must be at least 1");
        }
    }

    public static IdentitySettings defaults() {
        return new IdentitySettings(
                Duration.ofMinutes(10), 5, Duration.ofSeconds(60), Duration.ofMinutes(15), Duration.ofDays(30),
                Duration.ofSeconds(10));
    }
}
