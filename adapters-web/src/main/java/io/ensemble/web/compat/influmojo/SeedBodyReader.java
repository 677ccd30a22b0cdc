package io.ensemble.web.compat.influmojo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.jackson.Jackson;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the dialect's {@link SeedBody} records (snake_case properties, {@code @JsonNaming}) from JSON
 * written in either spelling: each camelCase key of the object is renamed to its snake_case form
 * unless that form is also present (issue 23 §6: "accepts the camelCase spelling too"). Unknown
 * properties are ignored, as the seed's Express handlers ignore them; malformed JSON is the native
 * 400 of the JSON mapper. An empty body reads as null.
 */
@Consumes(MediaType.APPLICATION_JSON)
final class SeedBodyReader implements MessageBodyReader<SeedBody> {
    private static final ObjectMapper JSON = Jackson.newObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return SeedBody.class.isAssignableFrom(type);
    }

    @Override
    public SeedBody readFrom(Class<SeedBody> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                             MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        JsonNode tree = JSON.readTree(entity);
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return null;
        }
        if (tree instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
            for (Map.Entry<String, JsonNode> field : fields) {
                String snake = SeedNames.snake(field.getKey());
                if (!snake.equals(field.getKey())) {
                    object.remove(field.getKey());
                    if (!object.has(snake)) {
                        object.set(snake, field.getValue());
                    }
                }
            }
        }
        return JSON.treeToValue(tree, type);
    }
}
