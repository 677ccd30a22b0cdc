package io.ensemble.app.support;

import org.awaitility.Awaitility;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A private {@code redis-server} (the machine's binary, as installed beside the shared Redis) on a
 * free port, with nothing persisted, that a test can stop and start again on the same port to play
 * a Redis outage without touching the shared server at 6379.
 */
public final class RedisServer implements AutoCloseable {
    private final int port = FreePort.find();
    private final Path dir;
    private Process process;

    private RedisServer() throws IOException {
        dir = Files.createTempDirectory("ensemble-redis-");
    }

    /** Starts one. @throws IllegalStateException when redis-server is missing or does not answer PING in 10 s */
    public static RedisServer start() {
        try {
            RedisServer server = new RedisServer();
            server.up();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("could not start redis-server (is it installed?)", e);
        }
    }

    /** @return {@code redis://127.0.0.1:<port>} */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Starts the server again on the same port and waits until it answers PING. */
    public synchronized void up() throws IOException {
        process = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        try {
            Awaitility.await("redis-server on " + port).atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(50)).until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("redis-server exited");
                        }
                        return answersPing();
                    });
        } catch (ConditionTimeoutException | IllegalStateException e) {
            throw new IllegalStateException("redis-server did not start on " + port + ": "
                    + Files.readString(dir.resolve("redis.log")), e);
        }
    }

    /** Kills the server (SIGKILL, like a crash) and waits for it to exit. */
    public synchronized void down() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private boolean answersPing() {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[7];
            int n = in.read(buf);
            return n > 0 && new String(buf, 0, n, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the server. */
    @Override
    public void close() throws InterruptedException {
        down();
    }
}
