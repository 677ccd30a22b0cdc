package io.ensemble.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the tiny Node project in {@code app/src/test/node} (the stock npm {@code socket.io-client}).
 * Installs its packages itself ({@code npm install}, once per JVM) so a clean clone works; fails
 * with a clear message, never skips, when Node.js or npm is missing.
 */
public final class NodeScript {
    private static final Path PROJECT = Path.of("src/test/node").toAbsolutePath();
    private static boolean installed;

    private NodeScript() {
    }

    /** Runs {@code node script.js args…} and parses its one-line JSON result. */
    public static JsonNode run(String... args) {
        ensureInstalled();
        List<String> command = new ArrayList<>(List.of("node", "script.js"));
        command.addAll(List.of(args));
        Result r = exec(command, 60);
        String last = r.out.lines().reduce((a, b) -> b).orElse("");
        try {
            return new ObjectMapper().readTree(last);
        } catch (IOException e) {
            return fail("node script.js printed no JSON result (exit " + r.exit + "):\n" + r.out);
        }
    }

    private static synchronized void ensureInstalled() {
        if (installed) {
            return;
        }
        Result version = exec(List.of("node", "--version"), 20);
        assertThat(version.exit).as("node --version: %s", version.out).isZero();
        if (!Files.isDirectory(PROJECT.resolve("node_modules/socket.io-client"))) {
            Result npm = exec(List.of("npm", "install", "--no-audit", "--no-fund"), 300);
            assertThat(npm.exit).as("npm install in %s failed:\n%s", PROJECT, npm.out).isZero();
        }
        installed = true;
    }

    private record Result(int exit, String out) {
    }

    private static Result exec(List<String> command, int timeoutSeconds) {
        try {
            Process p = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return fail(String.join(" ", command) + " timed out after " + timeoutSeconds + " s");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail("Node.js (>= 18) and npm must be on PATH for the Socket.IO end-to-end test (issue 4"
                    + " §Tests); could not run '" + command.get(0) + "': " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }
}
