package io.ensemble.integrations.support;

import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.UpstreamFailed;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The resilience4j circuit breakers that guard provider calls (issue 6: "a provider outage trips a circuit
 * so our routes answer 503 quickly"): only outages count ({@link ProviderUnavailable}: 5xx, unreachable;
 * {@link UpstreamFailed}: timeouts, malformed answers), over a count-based window; one trial call when
 * half open. While open, calls fail at once with the caller's {@link ProviderUnavailable}.
 */
public final class OutageBreakers {
    private OutageBreakers() {
    }

    /**
     * @param failureThreshold failures, in percent of the last {@code window} calls, that open the circuit
     * @param window calls considered (also the minimum before the circuit can open)
     * @param openFor how long an open circuit refuses calls before one trial call
     * @return the breaker configuration
     */
    public static CircuitBreakerConfig config(float failureThreshold, int window, Duration openFor) {
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(failureThreshold)
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window)
                .minimumNumberOfCalls(window)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(e -> e instanceof ProviderUnavailable || e instanceof UpstreamFailed)
                .build();
    }

    /**
     * @return what {@code call} returns, through {@code breaker}
     * @throws ProviderUnavailable from {@code whenOpen} while the circuit refuses calls; else what
     *     {@code call} throws
     */
    public static <T> T call(CircuitBreaker breaker, Supplier<T> call, Supplier<ProviderUnavailable> whenOpen) {
        try {
            return breaker.executeSupplier(call);
        } catch (CallNotPermittedException e) {
            throw whenOpen.get();
        }
    }
}
