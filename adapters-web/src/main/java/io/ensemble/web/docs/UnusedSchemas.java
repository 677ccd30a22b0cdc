package io.ensemble.web.docs;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Drops the component schemas that nothing references (e.g. the Jersey classes swagger-core read for
 * a multipart body before {@link ContractConventions} replaced it), so the document lists only the
 * shapes that travel on the wire.
 */
final class UnusedSchemas {
    private static final String PREFIX = "#/components/schemas/";

    private UnusedSchemas() {
    }

    /**
     * @param api the model, changed in place
     * @param keep schema names kept even when unreferenced (the generic envelope and the error body)
     */
    static void prune(OpenAPI api, Set<String> keep) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        JsonNode tree = Json31.mapper().valueToTree(api);
        JsonNode schemas = tree.path("components").path("schemas");
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("components")).remove("schemas");
        Set<String> reachable = new HashSet<>(keep);
        collect(tree, reachable);
        api.getComponents().getSchemas().keySet().removeIf(name -> !closure(reachable, schemas).contains(name));
    }

    /**
     * @param roots schema names
     * @param schemas the document's {@code components.schemas} as JSON
     * @return {@code roots} and every schema name their schemas reference, transitively
     */
    static Set<String> closure(Set<String> roots, JsonNode schemas) {
        Set<String> reachable = new HashSet<>(roots);
        Deque<String> pending = new ArrayDeque<>(reachable);
        while (!pending.isEmpty()) {
            Set<String> found = new HashSet<>();
            collect(schemas.path(pending.pop()), found);
            for (String name : found) {
                if (reachable.add(name)) {
                    pending.push(name);
                }
            }
        }
        return reachable;
    }

    /** Adds to {@code used} the schema names {@code node} references (at any depth). */
    static void collect(JsonNode node, Set<String> used) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(PREFIX)) {
                used.add(ref.asText().substring(PREFIX.length()));
            }
        }
        node.forEach(child -> collect(child, used));
    }
}
