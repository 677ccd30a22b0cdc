package io.ensemble.web.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.web.http.WireJson;
import io.ensemble.web.text.NulCharacters;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unreadable bodies, read with the API's own JSON rules, become 400s that name the field and leak no parser text. */
class JsonExceptionMapperTest {
    /** A request body as resources declare them. */
    record SignupBody(String email, Integer age, Boolean marketing, List<Item> items) {
    }

    /** A nested element. */
    record Item(String name) {
    }

    private final JsonExceptionMapper mapper = new JsonExceptionMapper();

    @Test
    void malformed_json_is_malformed_json_without_parser_details() {
        JsonNode body = mapped("{\"email\": ");

        assertThat(body.path("code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(body.path("message").asText()).isEqualTo("The request body is not valid JSON.");
        assertThat(body.toString()).doesNotContain("line").doesNotContain("column").doesNotContain("Unexpected");
    }

    @Test
    void a_body_that_is_not_an_object_is_refused_as_a_whole() {
        JsonNode body = mapped("[1, 2]");

        assertThat(body.path("code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(body.path("message").asText()).isEqualTo("The request body must be a JSON object.");
    }

    @Test
    void a_wrong_typed_field_is_named_with_what_it_must_be() {
        assertThat(detail(mapped("{\"age\": \"twelve\"}"))).containsExactly("age", "must be a number");
        assertThat(detail(mapped("{\"email\": 12}"))).containsExactly("email", "has an invalid value; expected a string");
        assertThat(detail(mapped("{\"marketing\": \"yes\"}"))).containsExactly("marketing", "must be true or false");
        assertThat(detail(mapped("{\"email\": {}}"))).containsExactly("email", "must be a string");
        assertThat(detail(mapped("{\"items\": [{\"name\": 5}]}")))
                .containsExactly("items.[0].name", "has an invalid value; expected a string");
    }

    @Test
    void a_string_with_nul_is_a_validation_error_on_its_field() {
        JsonNode body = mapped("{\"items\": [{\"name\": \"a\\u0000b\"}]}");

        assertThat(body.path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(detail(body)).containsExactly("items.[0].name", NulCharacters.MESSAGE);
    }

    private JsonNode mapped(String json) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> WireJson.MAPPER.readValue(json, SignupBody.class));
        assertThat(e).as("reading %s fails", json).isNotNull();
        Response response = mapper.toResponse(e);
        assertThat(response.getStatus()).isEqualTo(400);
        return WireJson.body(response);
    }

    private static List<String> detail(JsonNode body) {
        assertThat(body.path("details")).hasSize(1);
        JsonNode d = body.path("details").get(0);
        return List.of(d.path("field").asText(), d.path("message").asText());
    }
}
