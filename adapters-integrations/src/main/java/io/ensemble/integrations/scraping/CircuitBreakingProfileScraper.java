package io.ensemble.integrations.scraping;

import io.ensemble.integrations.support.OutageBreakers;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.UpstreamFailed;
import io.ensemble.social.Platform;
import io.ensemble.social.ProfileScraper;
import io.ensemble.social.ScrapedProfile;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Wraps the scraper in a resilience4j circuit breaker per platform (issue 6: "a provider outage trips a
 * circuit so our routes answer 503 quickly"). Outages count ({@link ProviderUnavailable}: 5xx, unreachable,
 * out of credit; {@link UpstreamFailed}: timeouts, malformed answers, failed runs); unknown profiles and rate
 * limits are answers and do not. While open, calls fail at once with {@link ProviderUnavailable} without
 * reaching Apify (and without spending credit).
 */
public final class CircuitBreakingProfileScraper implements ProfileScraper {
    private final ProfileScraper inner;
    private final Map<Platform, CircuitBreaker> breakers = new EnumMap<>(Platform.class);
    private final CircuitBreakerConfig config;

    /**
     * @param inner            the scraper to guard
     * @param failureThreshold failures, in percent of the last {@code window} calls, that open the circuit
     * @param window           calls considered (also the minimum before the circuit can open)
     * @param openFor          how long an open circuit refuses calls before one trial call
     */
    public CircuitBreakingProfileScraper(ProfileScraper inner, float failureThreshold, int window, Duration openFor) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.config = OutageBreakers.config(failureThreshold, window, openFor);
    }

    /** @return the platform's breaker state (CLOSED, OPEN, HALF_OPEN), for health checks and tests */
    public String state(Platform platform) {
        return breaker(platform).getState().name();
    }

    @Override
    public ScrapedProfile scrape(Platform platform, String username) {
        return OutageBreakers.call(breaker(platform), () -> inner.scrape(platform, username),
                () -> new ProviderUnavailable("Scraping " + platform.key()
                        + " profiles is failing; we stopped calling the provider for a moment. Try again shortly."));
    }

    private synchronized CircuitBreaker breaker(Platform platform) {
        return breakers.computeIfAbsent(platform, p -> CircuitBreaker.of("apify-" + p.key(), config));
    }
}
