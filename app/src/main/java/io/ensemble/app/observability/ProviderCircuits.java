package io.ensemble.app.observability;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheck;
import io.dropwizard.core.setup.Environment;
import io.ensemble.integrations.scraping.CircuitBreakingProfileScraper;
import io.ensemble.integrations.social.CircuitBreakingSocialProvider;
import io.ensemble.social.Platform;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Each configured provider's circuit breaker on the admin port (issue 29 §5): a gauge
 * {@code providers.circuit.<name>.state} (0 closed, 1 half-open, 2 open) exported to Prometheus, and a health
 * check {@code circuit-<name>} that is unhealthy while the circuit is open. Unconfigured providers have no
 * circuit and get neither.
 */
public final class ProviderCircuits {
    private ProviderCircuits() {
    }

    /**
     * Registers the social OAuth providers' circuits.
     *
     * @param env       the environment
     * @param providers what {@code SocialOAuthFactory.build} returned; only circuit-breaking ones count
     */
    public static void social(Environment env, List<?> providers) {
        for (Object provider : providers) {
            if (provider instanceof CircuitBreakingSocialProvider breaking) {
                register(env, "social-" + breaking.platform().key(), breaking::state);
            }
        }
    }

    /**
     * Registers the Apify scraper's circuits (one per scraped platform).
     *
     * @param env     the environment
     * @param scraper what {@code ApifyScraperFactory.build} returned; only a circuit-breaking one counts
     */
    public static void apify(Environment env, Object scraper) {
        if (scraper instanceof CircuitBreakingProfileScraper breaking) {
            for (Platform platform : List.of(Platform.INSTAGRAM, Platform.TIKTOK)) {
                register(env, "apify-" + platform.key(), () -> breaking.state(platform));
            }
        }
    }

    private static void register(Environment env, String name, Supplier<String> state) {
        env.metrics().register(MetricRegistry.name("providers", "circuit", name, "state"),
                (Gauge<Integer>) () -> level(state.get()));
        env.healthChecks().register("circuit-" + name, new HealthCheck() {
            @Override
            protected Result check() {
                String now = state.get();
                return "OPEN".equals(now) || "FORCED_OPEN".equals(now)
                        ? Result.unhealthy("circuit " + name + " is open: the provider failed repeatedly")
                        : Result.healthy("circuit " + name + " is " + now.toLowerCase(Locale.ROOT));
            }
        });
    }

    /** @return 0 for CLOSED, 1 for HALF_OPEN, 2 for OPEN (and FORCED_OPEN), -1 for anything else */
    static int level(String state) {
        return switch (state) {
            case "CLOSED" -> 0;
            case "HALF_OPEN" -> 1;
            case "OPEN", "FORCED_OPEN" -> 2;
            default -> -1;
        };
    }
}
