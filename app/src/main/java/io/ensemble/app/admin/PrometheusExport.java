package io.ensemble.app.admin;

import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricFilter;
import com.codahale.metrics.MetricRegistry;
import io.prometheus.metrics.instrumentation.dropwizard.DropwizardExports;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.PrometheusNaming;
import java.util.HashSet;
import java.util.Set;

/**
 * The application's Dropwizard metric registry as a Prometheus collector (issue 29 §5), with Prometheus'
 * Dropwizard instrumentation. Two Dropwizard names can map to one Prometheus name (dots and dashes both
 * become underscores, a {@code .total} suffix is dropped), which would fail the whole scrape; the first one
 * (in the registry's sorted order, per metric type) is exported and the others skipped.
 */
final class PrometheusExport implements MultiCollector {
    private final DropwizardExports exports;
    private final Set<String> seen = new HashSet<>();

    /** @param registry the application's registry */
    PrometheusExport(MetricRegistry registry) {
        this.exports = new DropwizardExports(registry, new MetricFilter() {
            @Override
            public boolean matches(String name, Metric metric) {
                return seen.add(PrometheusNaming.prometheusName(PrometheusNaming.sanitizeMetricName(name)));
            }
        });
    }

    @Override
    public synchronized MetricSnapshots collect() {
        seen.clear();
        return exports.collect();
    }
}
