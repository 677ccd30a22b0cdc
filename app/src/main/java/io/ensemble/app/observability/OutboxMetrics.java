package io.ensemble.app.observability;

import com.codahale.metrics.CachedGauge;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import io.ensemble.persistence.notifications.JdbiOutboxBacklog;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's backlog as gauges (issue 29 §5): {@code outbox.backlog} (events waiting to be published) and
 * {@code outbox.oldest-age-seconds} (age of the oldest waiting event, 0 when none waits). The query runs at
 * most once every {@value #CACHE_SECONDS} seconds however often metrics are scraped; while the database does
 * not answer both gauges read -1.
 */
public final class OutboxMetrics {
    static final int CACHE_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(OutboxMetrics.class);

    private OutboxMetrics() {
    }

    /**
     * @param metrics the application's registry
     * @param backlog reads the backlog
     * @param clock   the application clock
     */
    public static void register(MetricRegistry metrics, JdbiOutboxBacklog backlog, Clock clock) {
        CachedGauge<Optional<JdbiOutboxBacklog.Backlog>> cached = new CachedGauge<>(CACHE_SECONDS, TimeUnit.SECONDS) {
            @Override
            protected Optional<JdbiOutboxBacklog.Backlog> loadValue() {
                try {
                    return Optional.of(backlog.read());
                } catch (RuntimeException e) {
                    LOG.debug("Could not read the outbox backlog", e);
                    return Optional.empty();
                }
            }
        };
        metrics.register(MetricRegistry.name("outbox", "backlog"),
                (Gauge<Long>) () -> cached.getValue().map(JdbiOutboxBacklog.Backlog::waiting).orElse(-1L));
        metrics.register(MetricRegistry.name("outbox", "oldest-age-seconds"), (Gauge<Long>) () -> cached.getValue()
                .map(b -> b.oldest().map(at -> Math.max(0, Duration.between(at, clock.instant()).toSeconds()))
                        .orElse(0L))
                .orElse(-1L));
    }
}
