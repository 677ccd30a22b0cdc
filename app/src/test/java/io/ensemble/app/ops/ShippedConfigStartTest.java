package io.ensemble.app.ops;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleApplication;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.persistence.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service starts with the {@code config.yml} shipped at the repository root and no environment (README
 * command 1), every provider on its keyless default; only the database, ports and data folder are pointed
 * at the test's own, so a config value that parses but breaks wiring (an empty key read as null) fails here.
 * Its database is its own: the shipped config leaves every key blank, so its keys are generated into the
 * database (issue 29 §1), where test-config.yml's configured keys must not meet them.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ShippedConfigStartTest {
    private static final Path DATA = EnsembleTestApp.tempDir("ensemble-shipped-config");
    private static final TestDatabase DB = TestDatabase.create().migrate();

    static final DropwizardAppExtension<EnsembleConfiguration> APP = new DropwizardAppExtension<>(
            EnsembleApplication.class, Path.of("..", "config.yml").toAbsolutePath().toString(),
            ConfigOverride.config("database.url", DB.jdbcUrl()),
            ConfigOverride.config("database.user", DB.user()),
            ConfigOverride.config("database.password", DB.password()),
            ConfigOverride.config("dataDirectory", DATA.toString()),
            ConfigOverride.config("server.applicationConnectors[0].port", "0"),
            ConfigOverride.config("server.adminConnectors[0].port", "0"),
            ConfigOverride.config("logging.appenders[1].currentLogFilename", DATA.resolve("logs/ensemble.log").toString()),
            ConfigOverride.config("logging.appenders[1].archivedLogFilenamePattern",
                    DATA.resolve("logs/ensemble-%d.log.gz").toString()));

    @Test
    void the_service_starts_on_the_shipped_config_and_answers_health() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + APP.getLocalPort() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"");
        assertThat(Files.exists(DATA.resolve("secrets"))).isFalse();
        try (var c = DB.dataSource().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM shared_keys WHERE secret IS NOT NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).as("generated keys kept in the database").isEqualTo(4);
        }
    }
}
