package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.lifecycle.Managed;
import io.ensemble.app.config.DatabaseConfig;
import io.ensemble.persistence.database.Migrations;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires the database (DESIGN §Persistence): resolves the configured PostgreSQL or starts the embedded one
 * (closed when the server stops), manages the pool, registers the {@code postgresql} health check,
 * migrates when {@code database.migrateOnStart} and builds every repository once ({@link Persistence}).
 */
public final class DatabaseWiring {
    private DatabaseWiring() {
    }

    /**
     * What the rest of the wiring needs from the database.
     *
     * @param dataSource the managed pool (db-scheduler runs on it)
     * @param persistence every repository, each built once
     * @param probe answers whether the database is up, for {@code /health} and {@code /ready}
     */
    public record Database(ManagedDataSource dataSource, Persistence persistence, DatabaseProbe probe) {
    }

    /**
     * @param config the {@code database} section
     * @param dataDirectory where the embedded database keeps its files
     * @return the database, migrated when configured so
     */
    public static Database start(Environment env, DatabaseConfig config, Path dataDirectory) {
        var dsf = config.dataSourceFactory(dataDirectory);
        env.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                config.closeEmbedded();
            }
        });
        ManagedDataSource dataSource = dsf.build(env.metrics(), "postgresql");
        env.lifecycle().manage(dataSource);
        Jdbi jdbi = Jdbi.create(dataSource);
        DatabaseProbe probe = new DatabaseProbe(jdbi);
        env.healthChecks().register("postgresql", probe);
        if (config.isMigrateOnStart()) {
            Migrations.apply(dataSource);
        }
        probe.markStarted();
        return new Database(dataSource, new Persistence(jdbi), probe);
    }
}
