package io.ensemble.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.app.support.AsyncApiContract;
import io.ensemble.web.docs.AsyncApiDocument;
import org.junit.jupiter.api.Test;

/** The /ws frame check of WsClient (issue 24 §4) accepts documented frames and names the drifted ones. */
class AsyncApiContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AsyncApiContract contract = AsyncApiContract.of(AsyncApiDocument.load().yaml());

    private static JsonNode frame(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void documented_frames_pass() throws Exception {
        assertThat(contract.problems(frame("{\"type\":\"connected\",\"data\":{\"userId\":\"" + java.util.UUID.randomUUID()
                + "\"}}"))).isEmpty();
        assertThat(contract.problems(frame("{\"type\":\"ack\",\"ackId\":1,\"data\":{\"success\":true,\"data\":{}}}")))
                .isEmpty();
        assertThat(contract.problems(frame("{\"type\":\"error\",\"data\":{\"success\":false,\"error\":\"Bad request\","
                + "\"code\":\"BAD_FRAME\",\"message\":\"Send JSON.\",\"event\":\"\"}}"))).isEmpty();
    }

    @Test
    void drifted_and_unknown_frames_are_named() throws Exception {
        assertThat(contract.problems(frame("{\"type\":\"connected\",\"data\":{\"user\":\"x\"}}")))
                .singleElement().asString().contains("connected", "userId");
        assertThat(contract.problems(frame("{\"type\":\"error\",\"data\":{\"code\":7}}")))
                .singleElement().asString().contains("drifted");
        assertThat(contract.problems(frame("{\"type\":\"not_documented\",\"data\":{}}")))
                .singleElement().asString().contains("not a message of /asyncapi.yaml");
    }
}
