package io.ensemble.persistence.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Applies the Liquibase changelog {@value #CHANGELOG} (the same classpath name
 * {@code dropwizard-migrations} uses, so {@code db migrate} and this class record identical
 * changeset paths). Already-applied changesets are skipped; Liquibase's lock table keeps
 * concurrent callers from applying a changeset twice. Progress goes to the log, not to stdout, and
 * Liquibase's usage analytics are switched off.
 */
public final class Migrations {
    /** Classpath name of the root changelog. */
    public static final String CHANGELOG = "migrations.xml";

    private Migrations() {
    }

    /**
     * Brings the schema of {@code dataSource}'s database up to date.
     *
     * @param dataSource where to migrate; one connection is borrowed and closed again, with its
     *     auto-commit mode restored (Liquibase turns it off; a pooled connection handed back that way
     *     would silently roll back every later auto-commit write made on it)
     * @throws IllegalStateException when a changeset fails or the database cannot be reached
     */
    public static void apply(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            try {
                migrate(connection);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not connect to the database to migrate it", e);
        }
    }

    private static void migrate(Connection connection) {
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()),
                    Scope.Attr.ui.name(), new LoggerUIService(),
                    AnalyticsArgs.ENABLED.getKey(), false);
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute());
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }
}
