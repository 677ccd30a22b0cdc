package io.ensemble.web.ratelimit;

import io.ensemble.identity.EmailAddress;

/**
 * The strict limit on credential routes (seed 001: 5 per 15 min), keyed by client IP plus the
 * email the request names, so one attacker cannot lock out everybody behind the same IP and one
 * email cannot be hammered from one IP.
 */
public final class AuthRateLimits {
    private final RateLimiter limiter;

    public AuthRateLimits(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /**
     * Takes one attempt for this IP and email.
     *
     * @param email as sent (normalised here; null or blank counts under "-")
     * @throws io.ensemble.shared.errors.RateLimited when over the limit
     */
    public void acquire(String clientIp, String email) {
        String normalized = EmailAddress.normalize(email);
        limiter.acquire(clientIp + "|" + (normalized == null || normalized.isBlank() ? "-" : normalized));
    }

    /** @return whether {@code path} (without leading slash) is a credential route limited here */
    static boolean isCredentialRoute(String path) {
        return path.startsWith("api/v1/auth/")
                && !path.equals("api/v1/auth/me")
                && !path.equals("api/v1/auth/refresh")
                && !path.equals("api/v1/auth/logout");
    }
}
