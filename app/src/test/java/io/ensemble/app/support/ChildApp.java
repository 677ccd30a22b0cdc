package io.ensemble.app.support;

import static org.assertj.core.api.Assertions.fail;

import io.dropwizard.testing.ResourceHelpers;
import io.ensemble.app.EnsembleApplication;
import org.awaitility.Awaitility;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The whole service in a separate JVM ({@link EnsembleApplication} main class, this test run's
 * classpath, test-config.yml) on the {@link SharedDatabase}, so a test can {@code kill -9} it
 * ({@link #kill9()}) or stop it with SIGTERM ({@link #terminate()}) and start it again on the same
 * port. The child's output goes to a log file, printed when it fails to start.
 */
public final class ChildApp implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private final int port = FreePort.find();
    private final int adminPort = FreePort.find();
    private final Path dataDir;
    private final Path log;
    private final List<String> extraOverrides;
    private Process process;

    /** @param overrides more {@code key=value} config overrides (Dropwizard's {@code -Ddw.key=value}) */
    private ChildApp(List<String> overrides) {
        try {
            this.dataDir = Files.createTempDirectory("ensemble-child");
            this.log = Files.createTempFile("ensemble-child", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.extraOverrides = overrides;
    }

    /** Starts a child service and waits until {@code /health} answers 200. */
    public static ChildApp start(String... overrides) {
        ChildApp app = new ChildApp(List.of(overrides));
        app.launch();
        return app;
    }

    /** @return the API port (the same across restarts) */
    public int port() {
        return port;
    }

    /** @return the child's process id */
    public long pid() {
        return process.pid();
    }

    /** Sends SIGKILL ({@code kill -9}): no shutdown hook, no graceful stop. Waits until it is gone. */
    public void kill9() {
        process.destroyForcibly();
        waitGone();
    }

    /** Sends SIGTERM (Dropwizard's shutdown hook stops Jetty gracefully). Waits until it is gone. */
    public void terminate() {
        process.destroy();
        waitGone();
    }

    /** Starts the service again on the same ports and data folder; waits for {@code /health}. */
    public void restart() {
        if (process.isAlive()) {
            kill9();
        }
        launch();
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                "-Ddw.database.url=" + SharedDatabase.get().jdbcUrl(),
                "-Ddw.database.user=" + SharedDatabase.get().user(),
                "-Ddw.database.password=" + nullToEmpty(SharedDatabase.get().password()),
                "-Ddw.dataDirectory=" + dataDir,
                "-Ddw.server.applicationConnectors[0].port=" + port,
                "-Ddw.server.adminConnectors[0].port=" + adminPort));
        extraOverrides.forEach(o -> command.add("-Ddw." + o));
        command.addAll(List.of(EnsembleApplication.class.getName(), "server",
                ResourceHelpers.resourceFilePath("test-config.yml")));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy();
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            Awaitility.await("the child app's /health").atMost(START_TIMEOUT).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(250)).until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("The child app exited with " + process.exitValue()
                                    + ":\n" + logText());
                        }
                        return healthy(http);
                    });
        } catch (ConditionTimeoutException e) {
            fail("The child app did not answer /health within " + START_TIMEOUT + ":\n" + logText());
        }
    }

    private boolean healthy(HttpClient http) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    private void waitGone() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                fail("The child app did not exit within 60 s:\n" + logText());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return everything the child printed so far */
    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitGone();
        }
        deleteQuietly(dataDir.toFile());
        log.toFile().delete();
    }

    private static void deleteQuietly(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteQuietly(c);
            }
        }
        f.delete();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
