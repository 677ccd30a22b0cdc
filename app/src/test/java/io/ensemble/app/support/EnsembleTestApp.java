package io.ensemble.app.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.ensemble.app.EnsembleApplication;
import io.ensemble.app.EnsembleConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the whole service for an end-to-end test: real PostgreSQL ({@link SharedDatabase}), SMTP
 * to a GreenMail server on a free port, and a fresh data folder. Use as two static fields:
 * {@code MAIL = EnsembleTestApp.greenMail(port)} and {@code APP = EnsembleTestApp.app(port, ...)}.
 */
public final class EnsembleTestApp {
    /** The HS256 key in test-config.yml, decoded, so tests can forge tokens. */
    public static final String JWT_SECRET_BASE64 = "dGVzdC1vbmx5LWp3dC1zZWNyZXQtMzItYnl0ZXMtbG9uZy0wMTIzNDU2Nzg5";

    private EnsembleTestApp() {
    }

    public static GreenMailExtension greenMail(int smtpPort) {
        return new GreenMailExtension(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** @param extra more overrides, e.g. {@code ConfigOverride.config("rateLimits.authPer15Min", "5")} */
    public static DropwizardAppExtension<EnsembleConfiguration> app(int smtpPort, ConfigOverride... extra) {
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("dataDirectory", () -> tempDir("ensemble-data").toString()),
                ConfigOverride.config("mail.port", Integer.toString(smtpPort))));
        overrides.addAll(List.of(extra));
        return new DropwizardAppExtension<>(EnsembleApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"), withSharedDatabase(overrides));
    }

    /**
     * One node of a cluster: {@link #app} on the shared database with {@code realtime.bus: redis} on the real Redis
     * at 127.0.0.1:6379. Give every node of one test the same {@code channelPrefix} (unique to the run, e.g.
     * {@code "ensemble-test-" + UUID.randomUUID() + ":"}) so they hear each other and no other test.
     *
     * @param extra more overrides, applied last
     */
    public static DropwizardAppExtension<EnsembleConfiguration> redisBusNode(int smtpPort, String channelPrefix,
            ConfigOverride... extra) {
        List<ConfigOverride> overrides = new ArrayList<>(List.of(ConfigOverride.config("realtime.bus", "redis"),
                ConfigOverride.config("realtime.channelPrefix", channelPrefix),
                ConfigOverride.config("redisUrl", "redis://127.0.0.1:6379")));
        overrides.addAll(List.of(extra));
        return app(smtpPort, overrides.toArray(ConfigOverride[]::new));
    }

    /**
     * @param more overrides to apply after the database ones
     * @return overrides that point the app at {@link SharedDatabase} (URL, user, password, read on start), then {@code more}
     */
    public static ConfigOverride[] withSharedDatabase(ConfigOverride... more) {
        return withSharedDatabase(List.of(more));
    }

    private static ConfigOverride[] withSharedDatabase(List<ConfigOverride> more) {
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("database.url", () -> SharedDatabase.get().jdbcUrl()),
                ConfigOverride.config("database.user", () -> SharedDatabase.get().user()),
                ConfigOverride.config("database.password", () -> SharedDatabase.get().password())));
        overrides.addAll(more);
        return overrides.toArray(ConfigOverride[]::new);
    }

    /** @return a new empty folder under the system temp folder, deleted at exit when still empty */
    public static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
