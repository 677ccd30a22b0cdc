package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.Duration;
import io.ensemble.persistence.database.DatabaseUrl;
import io.ensemble.persistence.database.EmbeddedDatabase;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the database is (issue 3 §2). With a blank {@code url} an embedded PostgreSQL is started
 * under {@code <dataDirectory>/postgres} and kept across restarts; otherwise {@code url} is a JDBC
 * URL or {@code postgres://user:pass@host:port/db}, with {@code user}/{@code password} overriding.
 */
public final class DatabaseConfig {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseConfig.class);

    @JsonProperty
    private String url = "";
    @JsonProperty
    private String user = "";
    @JsonProperty
    private String password = "";
    @JsonProperty
    private boolean migrateOnStart = true;
    @JsonProperty
    @Min(0)
    @Max(65535)
    private int embeddedPort = 0;
    @JsonProperty
    @Min(1)
    private int maxPoolSize = 16;
    @JsonProperty
    private Duration maxWaitForConnection = Duration.seconds(2);

    private DataSourceFactory resolved;
    private EmbeddedDatabase embedded;

    public boolean isMigrateOnStart() {
        return migrateOnStart;
    }

    /** @return whether no external URL is configured, so the embedded database is used */
    public boolean usesEmbedded() {
        return url == null || url.isBlank();
    }

    /**
     * Resolves the data source settings, starting the embedded database on first call when no URL
     * is set. Safe to call repeatedly (the same factory is returned).
     *
     * @param dataDirectory the service's data folder ({@code ./data} by default)
     */
    public synchronized DataSourceFactory dataSourceFactory(Path dataDirectory) {
        if (resolved != null) {
            return resolved;
        }
        DatabaseUrl target;
        if (usesEmbedded()) {
            Path dir = dataDirectory.resolve("postgres").toAbsolutePath();
            LOG.info("No DATABASE_URL set: starting embedded PostgreSQL in {}", dir);
            embedded = EmbeddedDatabase.start(dir, embeddedPort);
            Runtime.getRuntime().addShutdownHook(new Thread(this::closeEmbedded, "embedded-postgres-stop"));
            target = new DatabaseUrl(embedded.jdbcUrl(), embedded.user(), embedded.password());
        } else {
            target = DatabaseUrl.parse(url, user, password);
        }
        DataSourceFactory f = new DataSourceFactory();
        f.setDriverClass("org.postgresql.Driver");
        f.setUrl(target.jdbcUrl());
        f.setUser(target.user());
        f.setPassword(target.password());
        f.setMaxSize(maxPoolSize);
        f.setMinSize(Math.min(2, maxPoolSize));
        f.setInitialSize(Math.min(2, maxPoolSize));
        f.setMaxWaitForConnection(maxWaitForConnection);
        f.setCheckConnectionOnBorrow(true);
        f.setAutoCommitByDefault(true);
        f.setValidationQuery("SELECT 1");
        f.setValidationQueryTimeout(Duration.seconds(2));
        f.setProperties(Map.of("connectTimeout", "3", "ApplicationName", "ensemble"));
        resolved = f;
        return f;
    }

    /** Stops the embedded database if this config started one. Idempotent. */
    public synchronized void closeEmbedded() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
