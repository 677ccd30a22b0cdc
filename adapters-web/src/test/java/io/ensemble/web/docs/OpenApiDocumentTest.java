package io.ensemble.web.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {
    private static final OpenApiDocument DOC = OpenApiDocument.read(List.of(FixtureResource.class), "9.9.9");
    private static final JsonNode JSON = parse(DOC.json());

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode op(String path, String method) {
        return JSON.path("paths").path(path).path(method);
    }

    @Test
    void is_openapi_3_1_with_the_version_given() {
        assertThat(JSON.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(JSON.at("/info/version").asText()).isEqualTo("9.9.9");
        assertThat(parse(DOC.json())).isEqualTo(JSON);
        assertThat(DOC.yaml()).startsWith("openapi: 3.1.0");
    }

    @Test
    void versions_come_from_the_build() {
        assertThat(ApiDocs.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(DocsPagesResource.webjarVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void auth_parameter_is_the_bearer_scheme_not_a_body() {
        JsonNode list = op("/api/v1/fixtures", "get");
        assertThat(list.path("security").toString()).isEqualTo("[{\"bearerAuth\":[]}]");
        assertThat(list.has("requestBody")).isFalse();
        assertThat(list.path("parameters").findValuesAsText("name")).containsExactly("limit");
        assertThat(list.at("/responses/401/$ref").asText()).isEqualTo("#/components/responses/Unauthenticated");
        assertThat(JSON.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        JsonNode create = op("/api/v1/fixtures", "post");
        assertThat(create.at("/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/FixtureResourceBody");
    }

    @Test
    void nested_classes_of_the_same_name_get_their_own_schemas() {
        JsonNode both = parse(OpenApiDocument.read(List.of(FixtureResource.class, OtherFixtureResource.class), "1")
                .json());
        assertThat(both.at("/paths/~1api~1v1~1others/post/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/OtherFixtureResourceBody");
        assertThat(both.at("/components/schemas/OtherFixtureResourceBody/properties").has("count")).isTrue();
        assertThat(both.at("/components/schemas/FixtureResourceBody/properties").has("name")).isTrue();
    }

    @Test
    void multipart_body_is_a_form_and_unreferenced_schemas_are_dropped() {
        JsonNode form = op("/api/v1/fixtures/upload", "post")
                .at("/requestBody/content/multipart~1form-data/schema");
        assertThat(form.path("type").asText()).isEqualTo("object");
        assertThat(JSON.at("/components/schemas").fieldNames()).toIterable()
                .doesNotContain("FormDataMultiPart", "BodyPart", "MessageBodyWorkers")
                .contains("ApiResponse", "ErrorBody", "FieldError", "FixtureResourceView");
    }

    @Test
    void optional_caller_makes_the_token_optional() {
        assertThat(op("/api/v1/fixtures/{key}", "get").path("security").toString())
                .isEqualTo("[{},{\"bearerAuth\":[]}]");
    }

    @Test
    void authorization_header_read_by_hand_becomes_the_bearer_scheme() {
        JsonNode push = op("/api/v1/fixtures/push", "post");
        assertThat(push.path("parameters").isMissingNode()).isTrue();
        assertThat(push.path("security").toString()).isEqualTo("[{\"bearerAuth\":[]}]");
    }

    @Test
    void public_route_has_no_security_and_no_401() {
        JsonNode open = op("/api/v1/fixtures/public", "get");
        assertThat(open.has("security")).isFalse();
        assertThat(open.path("responses").has("401")).isFalse();
    }

    @Test
    void idempotency_key_is_described_and_its_replay_header_listed() {
        JsonNode create = op("/api/v1/fixtures", "post");
        JsonNode key = create.path("parameters").get(0);
        assertThat(key.path("name").asText()).isEqualTo("Idempotency-Key");
        assertThat(key.path("in").asText()).isEqualTo("header");
        assertThat(key.at("/schema/maxLength").asInt()).isEqualTo(255);
        assertThat(create.at("/responses/2XX/headers/Idempotent-Replayed/$ref").asText())
                .isEqualTo("#/components/headers/Idempotent-Replayed");
        assertThat(op("/api/v1/fixtures", "get").at("/responses/2XX/headers").has("Idempotent-Replayed")).isFalse();
    }

    @Test
    void success_is_the_typed_envelope_and_errors_the_error_body() {
        JsonNode page = op("/api/v1/fixtures", "get").at("/responses/2XX/content/application~1json/schema/$ref");
        assertThat(page.asText()).isEqualTo("#/components/schemas/ApiResponsePageViewFixtureResourceView");
        JsonNode envelope = JSON.at("/components/schemas/ApiResponsePageViewFixtureResourceView/properties");
        assertThat(envelope.path("success").path("type").asText()).isEqualTo("boolean");
        assertThat(envelope.at("/data/$ref").asText()).isEqualTo("#/components/schemas/PageViewFixtureResourceView");
        assertThat(JSON.at("/components/schemas/PageViewFixtureResourceView/properties").has("nextCursor")).isTrue();
        assertThat(JSON.at("/components/schemas/ErrorBody/properties").has("code")).isTrue();
        assertThat(JSON.at("/components/schemas/ErrorBody/properties").has("details")).isTrue();
        for (String code : new String[] {"default", "429"}) {
            assertThat(op("/api/v1/fixtures/public", "get").at("/responses/" + code + "/$ref").asText())
                    .startsWith("#/components/responses/");
        }
        assertThat(JSON.at("/components/responses/RateLimited/headers").has("Retry-After")).isTrue();
    }

    @Test
    void tag_is_the_package_context_and_operation_ids_are_unique() {
        JsonNode list = op("/api/v1/fixtures", "get");
        assertThat(list.path("tags").get(0).asText()).isEqualTo("docs");
        assertThat(list.path("operationId").asText()).isEqualTo("docs.FixtureResource.list");
        assertThat(JSON.path("tags").findValuesAsText("name")).containsExactly("docs", "realtime"); // + TagNotes.EXTRA
        assertThat(ResourceConventionsExtension.context(io.ensemble.web.http.PageView.class)).isEqualTo("http");
        assertThat(ResourceConventionsExtension.context(String.class)).isEqualTo("java.lang");
        assertThat(JSON.findValuesAsText("operationId")).doesNotHaveDuplicates().hasSize(6);
    }
}
