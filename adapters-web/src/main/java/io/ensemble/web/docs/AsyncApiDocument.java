package io.ensemble.web.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The AsyncAPI 3.0 document of the realtime events ({@code /ws} and Socket.IO; issue 24 §2), kept in
 * the repository as {@code io/ensemble/web/docs/asyncapi.yaml}. Operations are written from the
 * server's side: {@code receive} is client to server, {@code send} server to client; each message's
 * {@code name} is the event name on the wire.
 */
public final class AsyncApiDocument {
    /** The classpath resource holding the document. */
    public static final String RESOURCE = "asyncapi.yaml";

    private final String yaml;
    private final JsonNode tree;

    private AsyncApiDocument(String yaml, JsonNode tree) {
        this.yaml = yaml;
        this.tree = tree;
    }

    /**
     * @return the document shipped with this module
     * @throws IllegalStateException when it is missing; {@link UncheckedIOException} when unreadable
     */
    public static AsyncApiDocument load() {
        try (InputStream in = AsyncApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new AsyncApiDocument(text, new ObjectMapper(new YAMLFactory()).readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** @return the document as written (YAML) */
    public String yaml() {
        return yaml;
    }

    /** @return the parsed document */
    public JsonNode tree() {
        return tree;
    }

    /** @return the event names clients send (messages of {@code receive} operations), sorted */
    public Set<String> clientEvents() {
        return eventsOf("receive");
    }

    /** @return the event names the server sends (messages of {@code send} operations and acks), sorted */
    public Set<String> serverEvents() {
        Set<String> names = eventsOf("send");
        tree.path("operations").forEach(op -> op.path("reply").path("messages")
                .forEach(ref -> names.add(message(ref).path("name").asText())));
        return names;
    }

    /** @return operation id → operation, in document order */
    public Map<String, JsonNode> operations() {
        Map<String, JsonNode> ops = new LinkedHashMap<>();
        tree.path("operations").fields().forEachRemaining(e -> ops.put(e.getKey(), e.getValue()));
        return ops;
    }

    /**
     * @param ref a {@code {$ref: '#/...'}} node, or an inline node (returned as it is)
     * @return the node the reference points to, following references until an inline node
     */
    public JsonNode resolve(JsonNode ref) {
        JsonNode node = ref;
        for (int hops = 0; node.has("$ref") && hops < 10; hops++) {
            node = tree.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private JsonNode message(JsonNode ref) {
        return resolve(ref);
    }

    private Set<String> eventsOf(String action) {
        Set<String> names = new TreeSet<>();
        tree.path("operations").forEach(op -> {
            if (action.equals(op.path("action").asText())) {
                op.path("messages").forEach(ref -> names.add(message(ref).path("name").asText()));
            }
        });
        return names;
    }
}
