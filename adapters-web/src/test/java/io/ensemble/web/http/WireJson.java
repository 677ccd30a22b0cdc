package io.ensemble.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import io.ensemble.web.http.JsonSettings;
import jakarta.ws.rs.core.Response;

/** The JSON the API writes: Dropwizard's mapper with {@link JsonSettings} applied, as the app configures it. */
public final class WireJson {
    /** The mapper Jersey uses in the app. */
    public static final ObjectMapper MAPPER = configured();

    private WireJson() {
    }

    /** @return {@code value} as the JSON tree a client receives */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** @return the entity of {@code response} as the JSON tree a client receives */
    public static JsonNode body(Response response) {
        return tree(response.getEntity());
    }

    private static ObjectMapper configured() {
        ObjectMapper mapper = Jackson.newObjectMapper();
        JsonSettings.apply(mapper);
        return mapper;
    }
}
