package io.ensemble.app.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.ResourceConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleApplication;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.LoggingTestConfig;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 29 §5: with the JSON layouts (what {@code LOG_FORMAT=json} selects in config.yml) every application
 * log line and request log line is a JSON object; an authenticated request's lines carry requestId and userId,
 * the request log also method, uri, route, status and duration.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class JsonLogTest {
    private static final Path DIR = EnsembleTestApp.tempDir("ensemble-json-log");
    private static final Path APP_LOG = DIR.resolve("app.json.log");
    private static final Path REQUEST_LOG = DIR.resolve("requests.json.log");
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = new DropwizardAppExtension<>(
            EnsembleApplication.class, jsonConfig(), EnsembleTestApp.withSharedDatabase(
                    ConfigOverride.config("dataDirectory", DIR.resolve("data").toString()),
                    ConfigOverride.config("mail.port", Integer.toString(SMTP))));
    private static final ObjectMapper JSON = Jackson.newObjectMapper();

    /** test-config.yml with its logging sent to two files in the JSON layouts config.yml uses for json. */
    private static String jsonConfig() {
        String requestLog = """
                  requestLog:
                    appenders:
                      - type: file
                        currentLogFilename: %s
                        archive: false
                        layout:
                          type: access-json
                          includes: [timestamp, method, requestUri, statusCode, requestTime]
                          requestAttributes: [requestId, userId, route]
                """.formatted(REQUEST_LOG);
        String logging = """
                logging:
                  level: WARN
                  loggers:
                    io.ensemble: INFO
                  appenders:
                    - type: file
                      currentLogFilename: %s
                      archive: false
                      layout:
                        type: json
                        includesMdcKeys: [requestId, userId]
                        flattenMdc: true

                """.formatted(APP_LOG);
        Path file = DIR.resolve("json-config.yml");
        assertThat(LoggingTestConfig.write(file, requestLog, logging)).contains("access-json").contains("type: json");
        return file.toString();
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line)); // throws when a line is not JSON
            }
        }
        return out;
    }

    private static JsonNode await(Path file, Predicate<JsonNode> test) {
        return org.awaitility.Awaitility.await("a matching line in " + file).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> lines(file).stream().filter(test).findFirst(), Optional::isPresent).orElseThrow();
    }

    @Test
    void application_and_request_log_lines_are_json_with_request_and_user_ids() throws Exception {
        Api api = new Api(APP.getLocalPort());
        Accounts.Session s = new Accounts(api, new Inbox(MAIL)).verifiedSession("jsonlog");
        // instagram is not configured in tests: 503 PROVIDER_NOT_CONFIGURED, logged as a warning
        Reply reply = api.get("/api/v1/social-media/instagram/auth", s.accessToken());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
        String requestId = reply.header("X-Request-Id");

        JsonNode warning = await(APP_LOG, l -> requestId.equals(l.path("requestId").asText()));
        assertThat(warning.path("userId").asText()).isEqualTo(s.userId());
        assertThat(warning.path("level").asText()).isEqualTo("WARN");
        assertThat(warning.path("message").asText()).contains("Backing service unavailable");
        assertThat(warning.path("logger").asText()).isNotBlank();

        JsonNode request = await(REQUEST_LOG, l -> requestId.equals(l.path("requestAttributes")
                .path("requestId").asText()));
        assertThat(request.path("method").asText()).isEqualTo("GET");
        assertThat(request.path("uri").asText()).isEqualTo("/api/v1/social-media/instagram/auth");
        assertThat(request.path("status").asInt()).isEqualTo(503);
        assertThat(request.has("requestTime")).isTrue();
        assertThat(request.path("requestAttributes").path("userId").asText()).isEqualTo(s.userId());
        assertThat(request.path("requestAttributes").path("route").asText()).contains("/auth");
        lines(APP_LOG); // every line of both files parses as JSON
        lines(REQUEST_LOG);
    }

    @Test
    void config_yml_selects_the_layouts_by_log_format() throws Exception {
        for (String format : List.of("json", "text")) {
            var factory = new YamlConfigurationFactory<>(EnsembleConfiguration.class,
                    Validation.buildDefaultValidatorFactory().getValidator(), Jackson.newObjectMapper(), "dw");
            EnsembleConfiguration config = factory.build(new SubstitutingSourceProvider(
                    new FileConfigurationSourceProvider(), new StringSubstitutor(Map.of("LOG_FORMAT", format))),
                    Path.of(System.getProperty("user.dir")).getParent().resolve("config.yml").toString());
            JsonNode appenders = JSON.valueToTree(config.getLoggingFactory()).path("appenders");
            assertThat(appenders).as(format).hasSize(2)
                    .allSatisfy(a -> assertThat(a.path("layout").path("type").asText()).isEqualTo(format));
            JsonNode requestLog = JSON.valueToTree(config.getServerFactory()).path("requestLog").path("appenders");
            assertThat(requestLog).as(format).isNotEmpty().allSatisfy(a ->
                    assertThat(a.path("layout").path("type").asText()).isEqualTo("access-" + format));
        }
    }
}
