package io.ensemble.integrations.social;

import io.ensemble.integrations.support.OutageBreakers;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.UpstreamFailed;
import io.ensemble.social.Platform;
import io.ensemble.social.ProfileAndStats;
import io.ensemble.social.ProviderTokens;
import io.ensemble.social.SocialProvider;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Wraps a provider in a resilience4j circuit breaker (issue 6: "a provider outage trips a circuit so our
 * routes answer 503 quickly"). Outage-type failures count: {@link ProviderUnavailable} (5xx, unreachable)
 * and {@link UpstreamFailed} (timeouts, malformed answers). Refused codes, revoked grants and rate limits
 * are answers, not outages, and do not count. While open, calls fail at once with
 * {@link ProviderUnavailable} without reaching the provider.
 */
public final class CircuitBreakingSocialProvider implements SocialProvider {
    private final SocialProvider inner;
    private final CircuitBreaker breaker;

    /**
     * @param failureThreshold failures (percent of the last {@code window} calls) that open the circuit
     * @param window number of recent calls considered (also the minimum before the circuit can open)
     * @param openFor how long the circuit stays open before letting trial calls through
     */
    public CircuitBreakingSocialProvider(SocialProvider inner, float failureThreshold, int window, Duration openFor) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.breaker = CircuitBreaker.of("social-" + inner.platform().key(),
                OutageBreakers.config(failureThreshold, window, openFor));
    }

    /** @return the breaker's state name (CLOSED, OPEN, HALF_OPEN), for health checks and tests */
    public String state() {
        return breaker.getState().name();
    }

    @Override
    public Platform platform() {
        return inner.platform();
    }

    @Override
    public boolean usesPkce() {
        return inner.usesPkce();
    }

    /** Builds a URL locally; not guarded. */
    @Override
    public URI authorizationUrl(String state, Optional<String> pkceChallenge) {
        if (!breaker.tryAcquirePermission()) {
            throw open();
        }
        breaker.releasePermission();
        return inner.authorizationUrl(state, pkceChallenge);
    }

    @Override
    public ProviderTokens exchangeCode(String code, Optional<String> codeVerifier) {
        return guarded(() -> inner.exchangeCode(code, codeVerifier));
    }

    @Override
    public boolean canRefresh(ProviderTokens tokens) {
        return inner.canRefresh(tokens);
    }

    @Override
    public ProviderTokens refresh(ProviderTokens current) {
        return guarded(() -> inner.refresh(current));
    }

    @Override
    public ProfileAndStats fetchProfileAndStats(String accessToken) {
        return guarded(() -> inner.fetchProfileAndStats(accessToken));
    }

    @Override
    public boolean revoke(ProviderTokens tokens) {
        return guarded(() -> inner.revoke(tokens));
    }

    private <T> T guarded(Supplier<T> call) {
        return OutageBreakers.call(breaker, call, this::open);
    }

    private ProviderUnavailable open() {
        return new ProviderUnavailable(inner.platform().key() + " is failing; we stopped calling it for a moment. "
                + "Try again shortly.");
    }
}
