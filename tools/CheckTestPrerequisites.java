import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Checks, in the first seconds of {@code ./mvnw verify}, what README command 2 needs beside the JDK:
 * a Redis server answering PING at 127.0.0.1:6379 and {@code redis-server} on PATH (cluster tests
 * start private ones), and Node.js 18+ with npm (the Socket.IO tests run the stock npm
 * {@code socket.io-client}). Without one the build stops here, naming what is missing and how to
 * install it, instead of minutes later inside a test.
 *
 * <p>Run by the root pom (exec-maven-plugin, {@code validate} phase, skipped with {@code -DskipTests})
 * as a single-file program: {@code java tools/CheckTestPrerequisites.java}. Exit status 0 when all
 * are there, 1 otherwise.
 */
public final class CheckTestPrerequisites {
    private static final String REDIS_HOST = "127.0.0.1";
    private static final int REDIS_PORT = 6379;
    private static final int NODE_MIN_MAJOR = 18;
    private static final String REDIS_INSTALL = "install it with 'sudo apt-get install redis-server' (Debian/Ubuntu),"
            + " 'sudo dnf install redis' (Fedora) or 'brew install redis && brew services start redis' (macOS)";
    private static final String NODE_INSTALL = "install Node.js " + NODE_MIN_MAJOR + "+ with npm from"
            + " https://nodejs.org, 'sudo apt-get install nodejs npm' (Debian/Ubuntu) or 'brew install node' (macOS)";

    private CheckTestPrerequisites() {
    }

    /** Prints what was found; exits 1 after listing every missing prerequisite. */
    public static void main(String[] args) {
        List<String> missing = new ArrayList<>();
        List<String> found = new ArrayList<>();
        check(missing, found, redisPing(), "Redis at " + REDIS_HOST + ":" + REDIS_PORT,
                "Redis is not answering PING at " + REDIS_HOST + ":" + REDIS_PORT
                        + " (the realtime, presence and rate-limit tests use it): " + REDIS_INSTALL);
        check(missing, found, version("redis-server", "--version"), "redis-server",
                "redis-server is not on PATH (outage tests start private Redis servers with it): " + REDIS_INSTALL);
        Optional<String> node = version("node", "--version");
        check(missing, found, node.filter(v -> major(v) >= NODE_MIN_MAJOR), "Node.js " + node.orElse("").trim(),
                node.map(v -> "Node.js " + v.trim() + " is too old").orElse("Node.js (node) is not on PATH")
                        + " (the Socket.IO tests run the npm socket.io-client in app/src/test/node): " + NODE_INSTALL);
        check(missing, found, version("npm", "--version"), "npm",
                "npm is not on PATH (the tests install socket.io-client with it): " + NODE_INSTALL);
        if (!missing.isEmpty()) {
            System.err.println("Test prerequisites missing (README 'Two commands', command 2):");
            missing.forEach(m -> System.err.println("  - " + m));
            System.err.println("Build without tests with -DskipTests.");
            System.exit(1);
        }
        System.out.println("Test prerequisites found: " + String.join(", ", found));
    }

    private static void check(List<String> missing, List<String> found, Optional<String> result, String name,
            String problem) {
        result.ifPresentOrElse(v -> found.add(name), () -> missing.add(problem));
    }

    /** @return the PING answer of Redis, empty when nothing answers +PONG within two seconds */
    private static Optional<String> redisPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(REDIS_HOST, REDIS_PORT), 2000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[64];
            int n = in.read(buf);
            String answer = n > 0 ? new String(buf, 0, n, StandardCharsets.US_ASCII) : "";
            return answer.startsWith("+PONG") ? Optional.of(answer) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** @return the command's output when it exits 0 within ten seconds, else empty */
    private static Optional<String> version(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** @return the major version of {@code v20.11.1}, or 0 when unreadable */
    private static int major(String version) {
        String v = version.trim().replaceFirst("^v", "");
        try {
            return Integer.parseInt(v.split("\\.")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
