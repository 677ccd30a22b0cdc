package io.ensemble.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks plain {@code /ws} frames against the AsyncAPI document the app serves (issue 24 §4), as contract.js does
 * for Socket.IO: a frame {@code {type, data}} must have a {@code type} that names a message of
 * {@code /asyncapi.yaml} and a {@code data} that one of that name's payload schemas accepts (acks: the {@code ack}
 * message). The payload schemas are JSON Schema, validated with the same networknt 2020-12 dialect as
 * {@link ContractValidator}.
 */
public final class AsyncApiContract {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, AsyncApiContract> BY_DOCUMENT = new ConcurrentHashMap<>();
    private static final Map<Integer, AsyncApiContract> BY_PORT = new ConcurrentHashMap<>();
    /** Message name → (message key, compiled payload schema); a name may have several messages. */
    private final Map<String, Map<String, JsonSchema>> byName = new LinkedHashMap<>();

    private AsyncApiContract(JsonNode document) {
        JsonNode components = document.path("components");
        components.path("messages").fields().forEachRemaining(m -> {
            if (!m.getValue().has("payload")) {
                return;
            }
            ObjectNode root = YAML.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.setAll((ObjectNode) m.getValue().path("payload").deepCopy());
            root.set("components", components);
            String name = m.getValue().path("name").asText(m.getKey());
            byName.computeIfAbsent(name, k -> new LinkedHashMap<>())
                    .put(m.getKey(), ContractValidator.FACTORY.getSchema(root, ContractValidator.CONFIG));
        });
    }

    /** @return the contract of the document served by the app on {@code port} (fetched once per port) */
    public static AsyncApiContract served(int port) {
        return BY_PORT.computeIfAbsent(port, p -> {
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + p + "/asyncapi.yaml")).timeout(Duration.ofSeconds(60))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new AssertionError("GET /asyncapi.yaml answered " + r.statusCode());
                }
                return of(r.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** @return the contract of an AsyncAPI YAML text (shared by every app serving the same text) */
    public static AsyncApiContract of(String yaml) {
        return BY_DOCUMENT.computeIfAbsent(yaml, y -> {
            try {
                return new AsyncApiContract(YAML.readTree(y));
            } catch (IOException e) {
                throw new UncheckedIOException("/asyncapi.yaml is not YAML", e);
            }
        });
    }

    /**
     * @param frame a received {@code /ws} frame {@code {type, data, ackId?}}
     * @return what drifted from the document (empty when {@code data} matches a payload of the message {@code type})
     */
    public List<String> problems(JsonNode frame) {
        String event = frame.path("type").asText();
        Map<String, JsonSchema> candidates = byName.get(event);
        if (candidates == null) {
            return List.of("/ws frame of type '" + event + "' is not a message of /asyncapi.yaml: " + frame);
        }
        JsonNode data = frame.path("data");
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, JsonSchema> c : candidates.entrySet()) {
            List<ValidationMessage> errors = List.copyOf(c.getValue().validate(data.isMissingNode()
                    ? YAML.nullNode() : data));
            if (errors.isEmpty()) {
                return List.of();
            }
            errors.forEach(e -> lines.add("  message " + c.getKey() + ": " + e.getMessage()));
        }
        lines.add(0, "/ws frame drifted from /asyncapi.yaml: " + frame);
        return List.of(String.join("\n", lines));
    }
}
