package io.ensemble.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The TypeScript project in {@code app/src/test/ts-client} (issue 24 §4): installs its packages from the committed
 * lock file ({@code npm ci}), generates {@code generated/api.d.ts} from an OpenAPI document with openapi-typescript,
 * type-checks and compiles the walkthrough with {@code tsc}, and starts it with node. Nothing generated is committed.
 */
public final class TypedClient {
    /** The project folder. */
    public static final Path PROJECT = Path.of("src/test/ts-client").toAbsolutePath();

    private TypedClient() {
    }

    /**
     * Installs (when needed), generates the types from {@code openApiJson} and compiles.
     *
     * @throws AssertionError naming the failing step with its output (a tsc error means the document no longer
     *     fits the client: a route, field or type changed)
     */
    public static void build(String openApiJson) {
        if (!NodeScript.allInstalled(PROJECT)) {
            run("npm ci", List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
        }
        try {
            Files.createDirectories(PROJECT.resolve("generated"));
            Files.writeString(PROJECT.resolve("generated/openapi.json"), openApiJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run("openapi-typescript", List.of("node", "node_modules/openapi-typescript/bin/cli.js", "generated/openapi.json",
                "-o", "generated/api.d.ts"), 120);
        run("tsc (type check and compile)", List.of("node", "node_modules/typescript/bin/tsc", "-p", "."), 180);
    }

    /** Starts {@code node generated/js/<script> args…} in the project with stdin open. */
    public static Process start(String script, String... args) {
        List<String> command = new ArrayList<>(List.of("node", "generated/js/" + script));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(String step, List<String> command, int timeoutSeconds) {
        try {
            Process p = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(step + " timed out after " + timeoutSeconds + " s:\n" + out);
            }
            assertThat(p.exitValue()).as("%s in %s failed:\n%s", step, PROJECT, out).isZero();
        } catch (IOException e) {
            fail("Node.js (>= 18) and npm must be on PATH for the typed-client test; " + step + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }
}
