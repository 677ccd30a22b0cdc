package io.ensemble.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** An HTTP answer in a test: status, headers, and the body parsed as JSON (MissingNode when not JSON). */
public record Reply(int status, HttpHeaders headers, JsonNode json, String raw) {

    /** @return {@code json.data} */
    public JsonNode data() {
        return json.path("data");
    }

    /** @return {@code json.code}, the stable error code */
    public String code() {
        return json.path("code").asText(null);
    }

    /** @return the {@code id} of each item of a cursor page ({@code data.items[].id}), in order */
    public java.util.List<String> itemIds() {
        java.util.List<String> ids = new java.util.ArrayList<>();
        data().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    /** @return the {@code field} of each entry of a 400's {@code details}, in order */
    public java.util.List<String> invalidFields() {
        java.util.List<String> fields = new java.util.ArrayList<>();
        json.path("details").forEach(d -> fields.add(d.path("field").asText()));
        return fields;
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
        return status + " " + raw;
    }
}
