package io.ensemble.app.admin;

import io.dropwizard.core.setup.Environment;
import io.ensemble.app.jobs.JobTasksServlet;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.operations.JobRunQueries;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Sets up the admin port (issue 29 §2 and §5): refuses to start when it is reachable from other machines
 * without a token ({@link AdminBindCheck}), guards every route ({@link AdminAccessFilter}), serves the job
 * routes ({@link JobTasksServlet}) and the Prometheus text exposition of the application's metric registry at
 * {@value #PROMETHEUS_PATH}.
 */
public final class AdminPort {
    /** Where Prometheus scrapes, on the admin port. */
    public static final String PROMETHEUS_PATH = "/metrics/prometheus";

    private AdminPort() {
    }

    /**
     * Call at the end of {@code run()}, once every wiring has registered its jobs.
     *
     * @param env     the environment
     * @param server  the {@code server:} section, whose admin connectors are checked
     * @param token   the configured admin token
     * @param jobs    the registered jobs
     * @param queries the job-run listing
     * @throws IllegalStateException when the admin port would be reachable from other machines without a token
     */
    public static void install(Environment env, io.dropwizard.core.server.ServerFactory server, Optional<String> token,
                               Jobs jobs, JobRunQueries queries) {
        AdminBindCheck.check(server, token);
        env.admin().addFilter("admin-access", new AdminAccessFilter(token))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        env.admin().addServlet("job-tasks", new JobTasksServlet(jobs, queries, env.getObjectMapper()))
                .addMapping(JobTasksServlet.paths(jobs));
        PrometheusRegistry prometheus = new PrometheusRegistry();
        prometheus.register(new PrometheusExport(env.metrics()));
        env.admin().addServlet("prometheus", new PrometheusMetricsServlet(prometheus)).addMapping(PROMETHEUS_PATH);
    }
}
