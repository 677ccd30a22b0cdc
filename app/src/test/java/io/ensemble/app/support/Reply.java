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

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
        return status + " " + raw;
    }
}
