package io.ensemble.app.wiring;

import com.codahale.metrics.health.HealthCheck;
import io.ensemble.web.health.HealthProbe;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Jdbi;

/**
 * Asks the database a trivial query, for {@code /health}, {@code /ready} and the admin port's
 * health check; {@link #markStarted()} is called once migrations have run.
 */
public final class DatabaseProbe extends HealthCheck implements HealthProbe {
    private final Jdbi jdbi;
    private final AtomicBoolean started = new AtomicBoolean();

    /** @param jdbi over the application's data source */
    DatabaseProbe(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The schema is migrated: {@link #started()} answers true from now on. */
    void markStarted() {
        started.set(true);
    }

    @Override
    public boolean started() {
        return started.get();
    }

    @Override
    public boolean databaseUp() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    protected Result check() {
        return databaseUp() ? Result.healthy() : Result.unhealthy("database does not answer");
    }
}
