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
        return runFile("script.js", args);
    }

    /** Runs {@code node <script> args…} (a file of app/src/test/node) and parses its one-line JSON result. */
    public static JsonNode runFile(String script, String... args) {
        ensureInstalled();
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        Result r = exec(command, 60);
        return lastJson(script, r.exit, r.out);
    }

    /** A node script running in the background, e.g. a client that waits for the server to stop. */
    public static final class Running {
        private final Process process;
        private final StringBuilder out = new StringBuilder();
        private final java.io.BufferedReader reader;

        private Running(Process process) {
            this.process = process;
            this.reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
        }

        /** Waits (up to 30 s) until the script prints a line equal to {@code line}. */
        public void awaitLine(String line) throws IOException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            String next;
            while ((next = reader.readLine()) != null) {
                out.append(next).append('\n');
                if (next.equals(line)) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    break;
                }
            }
            fail("node never printed " + line + ":\n" + out);
        }

        /** Waits (up to 30 s) for the script to end and parses its last line as JSON. */
        public JsonNode result() throws IOException, InterruptedException {
            out.append(reader.lines().collect(java.util.stream.Collectors.joining("\n")));
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("node did not finish:\n" + out);
            }
            return lastJson("script", process.exitValue(), out.toString());
        }
    }

    /** Starts {@code node <script> args…} without waiting for it. */
    public static Running start(String script, String... args) throws IOException {
        ensureInstalled();
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        return new Running(new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true).start());
    }

    private static JsonNode lastJson(String script, int exit, String out) {
        String last = out.lines().reduce((a, b) -> b).orElse("");
        try {
            JsonNode result = new ObjectMapper().readTree(last);
            // contract.js (issue 24 §4): socket payloads that drifted from /asyncapi.yaml fail the test
            JsonNode violations = result.path("contractViolations");
            assertThat(violations.isMissingNode() || violations.isEmpty())
                    .as("node %s received socket payloads that /asyncapi.yaml does not describe:\n%s", script,
                            violations.toPrettyString()).isTrue();
            return result;
        } catch (IOException e) {
            return fail("node " + script + " printed no JSON result (exit " + exit + "):\n" + out);
        }
    }

    private static synchronized void ensureInstalled() {
        if (installed) {
            return;
        }
        Result version = exec(List.of("node", "--version"), 20);
        assertThat(version.exit).as("node --version: %s", version.out).isZero();
        if (!allInstalled(PROJECT)) {
            // exactly the committed package-lock.json
            Result npm = exec(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
            assertThat(npm.exit).as("npm install in %s failed:\n%s", PROJECT, npm.out).isZero();
        }
        installed = true;
    }

    /** @return whether every (dev) dependency of {@code project}'s package.json is in its node_modules */
    static boolean allInstalled(Path project) {
        try {
            JsonNode pkg = new ObjectMapper().readTree(project.resolve("package.json").toFile());
            List<String> names = new ArrayList<>();
            pkg.path("dependencies").fieldNames().forEachRemaining(names::add);
            pkg.path("devDependencies").fieldNames().forEachRemaining(names::add);
            return names.stream().allMatch(n -> Files.isDirectory(project.resolve("node_modules").resolve(n)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
