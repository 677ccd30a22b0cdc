package io.ensemble.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@code /ws} client over the JDK's {@link WebSocket}, as a client app would use it: sends
 * {@code {type, data, ackId}} frames and records every frame received, so tests can wait for one. Every frame
 * received is checked against the served {@code /asyncapi.yaml} ({@link AsyncApiContract}, issue 24 §4); a frame
 * that drifted fails the next {@link #await} and {@link #close} (off with {@code -Densemble.contract.validate=false}).
 */
public final class WsClient implements WebSocket.Listener, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<JsonNode> frames = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final List<String> drift = new ArrayList<>();
    private AsyncApiContract contract;
    private WebSocket socket;
    private int nextAck;

    private WsClient() {
    }

    /** Connects to {@code /ws?token=…} (no query when {@code token} is null). */
    public static WsClient connect(int port, String token) {
        WsClient client = new WsClient();
        client.contract = ContractValidator.enabled() ? AsyncApiContract.served(port) : null;
        String query = token == null ? "" : "?token=" + token;
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws" + query), client).join();
        return client;
    }

    /**
     * Connects to another JSON-frame path, e.g. seeds/003's {@code /ws/chat?token=…} (issue 22 §2), with
     * extra request headers; its frames are checked against {@code /asyncapi.yaml} like /ws's.
     */
    public static WsClient connectTo(int port, String pathAndQuery, java.util.Map<String, String> headers) {
        WsClient client = new WsClient();
        client.contract = ContractValidator.enabled() ? AsyncApiContract.served(port) : null;
        var builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        client.socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + pathAndQuery), client).join();
        return client;
    }

    /** Connects with the token and waits for {@code connected}. */
    public static WsClient connected(int port, String token) {
        WsClient client = connect(port, token);
        client.await("connected", f -> true);
        return client;
    }

    /** Sends a frame without an ackId. */
    public void send(String type, Object data) {
        ObjectNode frame = JSON.createObjectNode().put("type", type);
        frame.set("data", JSON.valueToTree(data));
        sendRaw(frame.toString());
    }

    /** Sends a frame with a fresh ackId and waits for its ack. @return the ack's data */
    public JsonNode request(String type, Object data) {
        int ackId;
        synchronized (this) {
            ackId = ++nextAck;
        }
        ObjectNode frame = JSON.createObjectNode().put("type", type).put("ackId", ackId);
        frame.set("data", JSON.valueToTree(data));
        sendRaw(frame.toString());
        return await("ack", f -> f.path("ackId").asInt() == ackId).path("data");
    }

    public void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    /** Waits up to 5 s for a frame of {@code type} matching {@code test}, and consumes it. */
    public JsonNode await(String type, Predicate<JsonNode> test) {
        assertNoDrift();
        JsonNode found = poll(type, test, Duration.ofSeconds(5));
        assertThat(found).as("a '%s' frame; got %s", type, snapshot()).isNotNull();
        return found;
    }

    /** @return whether a frame of {@code type} matching {@code test} arrives within {@code wait} */
    public boolean receives(String type, Predicate<JsonNode> test, Duration wait) {
        return poll(type, test, wait) != null;
    }

    private synchronized JsonNode poll(String type, Predicate<JsonNode> test, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            for (JsonNode f : frames) {
                if (f.path("type").asText().equals(type) && test.test(f)) {
                    frames.remove(f);
                    return f;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            try {
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    public synchronized List<JsonNode> snapshot() {
        return List.copyOf(frames);
    }

    /** @return the close status code, waiting up to 5 s */
    public int awaitClose() throws Exception {
        return closed.get(5, TimeUnit.SECONDS);
    }

    public boolean isOpen() {
        return !socket.isOutputClosed() && !closed.isDone();
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                JsonNode frame = JSON.readTree(partial.toString());
                List<String> problems = contract == null ? List.of() : contract.problems(frame);
                synchronized (this) {
                    drift.addAll(problems);
                    frames.add(frame);
                    notifyAll();
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                partial.setLength(0);
            }
        }
        ws.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        closed.complete(-1);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        assertNoDrift();
    }

    private synchronized void assertNoDrift() {
        assertThat(drift).as("/ws frames that /asyncapi.yaml does not describe").isEmpty();
    }
}
