package io.ensemble.app.support;

import io.dropwizard.testing.ResourceHelpers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * test-config.yml with its {@code server.requestLog} and {@code logging} sections replaced, written to a file,
 * for tests that read what the app logs (JsonLogTest, NoSecretsInLogsTest).
 */
public final class LoggingTestConfig {
    private LoggingTestConfig() {
    }

    /**
     * @param file where the config is written
     * @param requestLog the replacement of test-config.yml's empty {@code requestLog:} block (YAML indented
     *     under {@code server:}, ending in a newline)
     * @param logging the replacement of its {@code logging:} section (top level, ending in a blank line)
     * @return the written config, to check before starting the app
     * @throws UncheckedIOException when test-config.yml cannot be read or {@code file} written
     */
    public static String write(Path file, String requestLog, String logging) {
        try {
            String base = Files.readString(Path.of(ResourceHelpers.resourceFilePath("test-config.yml")));
            String config = base.replaceFirst("(?m)^  requestLog:\\n    appenders: \\[\\]\\n", requestLog)
                    .replaceFirst("(?ms)^logging:\\n.*?(?=^database:)", logging);
            Files.writeString(file, config);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
