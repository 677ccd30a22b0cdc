package io.ensemble.shared.errors;

/** Too many attempts; the client may retry after {@link #retryAfterSeconds()} (429, {@code RATE_LIMITED}). */
public class RateLimited extends DomainException {
    private final long retryAfterSeconds;

    /** @param retryAfterSeconds whole seconds until a retry can succeed, at least 1 */
    public RateLimited(String message, long retryAfterSeconds) {
        super("RATE_LIMITED", message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
