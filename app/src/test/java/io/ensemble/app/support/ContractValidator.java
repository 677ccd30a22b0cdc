package io.ensemble.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks HTTP answers against the OpenAPI 3.1 document the app serves (issue 24 §4: "every HTTP response the
 * end-to-end tests receive is validated against the document"). {@link Api} calls {@link #check} on every answer,
 * so a field renamed, dropped or retyped in code without the document fails the test that received it.
 *
 * <p>Per answer: the path is matched to the document's path templates (the most literal one wins), the method to
 * the operation, the status to {@code responses} ({@code 201}, then {@code 2XX}, then {@code default}); the JSON
 * body is validated with networknt's JSON Schema 2020-12 validator (the dialect of OpenAPI 3.1) against the
 * response's {@code application/json} schema. Paths and methods the document lacks are left to ApiDocsTest (an
 * unknown route's 404 is not an operation). A JSON success the document gives no schema fails too (a raw
 * {@code Response} method must declare {@code @Answers}).
 *
 * <p>A failure's {@code code} must be one the route declares ({@code x-error-codes}, from {@code @ErrorCodes}) or a
 * common one ({@code x-common-error-codes}), for routes that declare theirs.
 *
 * <p>The failure names the operation id, the request, the status, the document location of the schema used and,
 * per violation, the JSON pointer into the body. Switch off with {@code -Densemble.contract.validate=false}.
 */
public final class ContractValidator {
    /** System property: {@code false} turns the check off. */
    public static final String SWITCH = "ensemble.contract.validate";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** JSON Schema 2020-12 plus the OpenAPI words that carry no assertion (so they are not logged as unknown). */
    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012()).keywords(List.of(
                    new NonValidationKeyword("components"), new NonValidationKeyword("example"),
                    new NonValidationKeyword("discriminator"), new NonValidationKeyword("xml"),
                    new NonValidationKeyword("externalDocs"))).build()));
    static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER).formatAssertionsEnabled(false).build();
    private static final Map<String, ContractValidator> BY_DOCUMENT = new ConcurrentHashMap<>();
    private final JsonNode document;
    private final List<PathTemplate> paths;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private ContractValidator(JsonNode document) {
        this.document = document;
        this.paths = PathTemplate.all(document.path("paths"));
    }

    /**
     * @param openApiJson the OpenAPI document as served at {@code /openapi.json}
     * @return the validator of that document (shared by every app serving the same document)
     */
    public static ContractValidator of(String openApiJson) {
        return BY_DOCUMENT.computeIfAbsent(openApiJson, json -> {
            try {
                return new ContractValidator(JSON.readTree(json));
            } catch (IOException e) {
                throw new UncheckedIOException("the OpenAPI document is not JSON", e);
            }
        });
    }

    /** @return whether {@link Api} checks answers ({@code -Densemble.contract.validate=false} turns it off) */
    public static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(SWITCH, "true"));
    }

    /**
     * @param method the HTTP method, e.g. {@code GET}
     * @param path the request path with its query, e.g. {@code /api/v1/chats?limit=2}
     * @param status the answer's status code
     * @param contentType the answer's {@code Content-Type}, or null
     * @param body the answer's body text
     * @throws AssertionError naming the operation, status, schema location and each JSON pointer that drifted
     */
    public void check(String method, String path, int status, String contentType, String body) {
        List<String> problems = problems(method, path, status, contentType, body);
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n  ", problems) + "\n  body: " + abbreviate(body));
        }
    }

    /**
     * The same check as {@link #check}, as a list of problems: empty when the answer matches the document or the
     * document has nothing to say about it; else a headline and one line per violation.
     */
    public List<String> problems(String method, String path, int status, String contentType, String body) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Optional<PathTemplate> template = paths.stream().filter(t -> t.matches(bare))
                .max(Comparator.comparingInt(PathTemplate::literalLength))
                .or(() -> paths.stream().filter(t -> t.matchesSpanning(bare))
                        .max(Comparator.comparingInt(PathTemplate::literalLength)));
        String verb = method.toLowerCase(Locale.ROOT);
        if (template.isEmpty() || !document.path("paths").path(template.get().template()).has(verb)) {
            return List.of();
        }
        JsonNode operation = document.path("paths").path(template.get().template()).path(verb);
        String operationPointer = "/paths/" + escape(template.get().template()) + "/" + verb;
        Optional<String> key = responseKey(operation.path("responses"), status);
        String headline = "response drifted from /openapi.json: operation " + operation.path("operationId").asText()
                + " (" + method + " " + template.get().template() + ") answered " + status + " to " + method + " "
                + path;
        if (key.isEmpty()) {
            return List.of(headline + ": status " + status + " is not documented (no " + status + ", "
                    + (status / 100) + "XX or default response)");
        }
        String responsePointer = operationPointer + "/responses/" + key.get();
        JsonNode declared = operation.path("responses").path(key.get());
        if (declared.path("$ref").isTextual()) {
            responsePointer = declared.path("$ref").asText().substring(1);
        }
        JsonNode response = resolve(declared);
        boolean json = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
        JsonNode media = response.path("content").path("application/json");
        if (!json || body == null || body.isBlank()) {
            return List.of();
        }
        if (!media.has("schema")) {
            return status / 100 == 2 ? List.of(headline + ": the document gives this JSON answer no schema (#"
                    + responsePointer + "): return ApiResponse<T> or declare @Answers on the method") : List.of();
        }
        String schemaPointer = responsePointer + "/content/application~1json/schema";
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            return List.of(headline + ": the body is not JSON although Content-Type is " + contentType);
        }
        Set<ValidationMessage> errors = schemas.computeIfAbsent(schemaPointer, p -> compile(media.path("schema")))
                .validate(instance);
        if (errors.isEmpty()) {
            return undeclaredCode(operation, status, instance)
                    .map(code -> List.of(headline + ": error code " + code + " is neither in the route's x-error-codes "
                            + operation.path("x-error-codes") + " nor common: add it to the method's @ErrorCodes"))
                    .orElse(List.of());
        }
        List<String> lines = new java.util.ArrayList<>();
        lines.add(headline + " (schema #" + schemaPointer + "):");
        lines.addAll(errors.stream().map(ValidationMessage::getMessage).sorted()
                .collect(Collectors.toList()));
        return lines;
    }

    /** @return the error {@code code} of a failure answer when the route declares its codes and this is not one */
    private Optional<String> undeclaredCode(JsonNode operation, int status, JsonNode body) {
        JsonNode declared = operation.path("x-error-codes");
        String code = body.path("code").asText("");
        if (status < 400 || !declared.isArray() || code.isEmpty()) {
            return Optional.empty();
        }
        for (JsonNode list : List.of(declared, document.path("x-common-error-codes"))) {
            for (JsonNode known : list) {
                if (known.asText().equals(code)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(code);
    }

    /** The schema node with the document's components beside it, so {@code #/components/...} refs resolve. */
    private JsonSchema compile(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll(schema.deepCopy().isObject() ? (ObjectNode) schema.deepCopy() : JSON.createObjectNode());
        root.set("components", document.path("components"));
        return FACTORY.getSchema(root, CONFIG);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode at = node;
        while (at.path("$ref").isTextual() && at.path("$ref").asText().startsWith("#/components/responses/")) {
            at = document.at(at.path("$ref").asText().substring(1));
        }
        return at;
    }

    private static Optional<String> responseKey(JsonNode responses, int status) {
        for (String key : List.of(Integer.toString(status), (status / 100) + "XX", "default")) {
            if (responses.has(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static String escape(String template) {
        return template.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
