package io.ensemble.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.web.errors.DomainExceptionMapper;
import io.ensemble.web.errors.JsonExceptionMapper;
import io.ensemble.web.errors.UnhandledExceptionMapper;
import io.ensemble.web.errors.WebApplicationExceptionMapper;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.BodySizeLimitFilter;
import io.ensemble.web.http.PathIds;
import io.ensemble.web.text.NulCharacters;
import io.ensemble.web.text.NulParameterFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mappers and filters registered as the app registers them, in Jersey (in memory): what a client
 * of a resource in this module sees for bad bodies, bad ids, NUL, oversized bodies and domain errors.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ErrorsOverJerseyTest {
    private static final int MAX_BODY = 256;

    /** A body as resources declare them. */
    public record Note(String text, Integer stars) {
    }

    /** A resource of the shape every route has: parse, call, render. */
    @Path("/notes")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class NotesResource {
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response create(Note note) {
            if ("taken".equals(note.text())) {
                throw new Conflict("NOTE_TAKEN", "This note exists.");
            }
            return Response.status(201).entity(ApiResponse.ok("Created.", note)).build();
        }

        @GET
        @Path("/{id}")
        public ApiResponse<String> get(@PathParam("id") String id, @QueryParam("q") String q) {
            return ApiResponse.ok("Found.", PathIds.uuid(id).toString());
        }

        @GET
        @Path("/boom")
        public String boom() {
            throw new IllegalStateException("secret internals");
        }
    }

    static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .setMapper(WireJson.MAPPER)
            .setRegisterDefaultExceptionMappers(false)
            .addProvider(new DomainExceptionMapper())
            .addProvider(new JsonExceptionMapper())
            .addProvider(new WebApplicationExceptionMapper())
            .addProvider(new UnhandledExceptionMapper())
            .addProvider(new BodySizeLimitFilter(MAX_BODY, MAX_BODY * 4))
            .addProvider(new NulParameterFilter())
            .addResource(new NotesResource())
            .build();

    @Test
    void a_valid_body_is_created_in_the_success_envelope() {
        Response response = post("{\"text\": \"hello\", \"stars\": 5}");

        assertThat(response.getStatus()).isEqualTo(201);
        JsonNode body = response.readEntity(JsonNode.class);
        assertThat(body.path("success").asBoolean()).isTrue();
        assertThat(body.path("data").path("stars").asInt()).isEqualTo(5);
    }

    @Test
    void a_wrong_typed_field_and_a_nul_string_are_400_naming_the_field() {
        JsonNode wrong = error(post("{\"text\": \"hello\", \"stars\": \"five\"}"), 400);
        assertThat(wrong.path("details").get(0).path("field").asText()).isEqualTo("stars");

        JsonNode nul = error(post("{\"text\": \"a\\u0000b\"}"), 400);
        assertThat(nul.path("details").get(0).path("field").asText()).isEqualTo("text");
        assertThat(nul.path("details").get(0).path("message").asText()).isEqualTo(NulCharacters.MESSAGE);
    }

    @Test
    void a_domain_error_from_the_resource_is_mapped() {
        assertThat(error(post("{\"text\": \"taken\"}"), 409).path("code").asText()).isEqualTo("NOTE_TAKEN");
    }

    @Test
    void a_body_over_the_cap_is_413() {
        String big = "{\"text\": \"" + "x".repeat(MAX_BODY) + "\"}";
        assertThat(error(post(big), 413).path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void a_path_id_that_is_not_a_uuid_is_404_and_a_canonical_one_is_read() {
        assertThat(error(RESOURCES.target("/notes/not-an-id").request().get(), 404).path("code").asText())
                .isEqualTo("NOT_FOUND");
        assertThat(RESOURCES.target("/notes/018f3a2e-7b1c-7d2e-9f00-0123456789ab").request().get(JsonNode.class)
                .path("data").asText()).isEqualTo("018f3a2e-7b1c-7d2e-9f00-0123456789ab");
    }

    @Test
    void nul_in_a_query_parameter_is_400_before_the_resource_runs() {
        Response response = RESOURCES.target("/notes/018f3a2e-7b1c-7d2e-9f00-0123456789ab")
                .queryParam("q", "a%00b").request().get();
        assertThat(error(response, 400).path("details").get(0).path("field").asText()).isEqualTo("q");
    }

    @Test
    void unknown_routes_and_unexpected_errors_answer_in_the_error_shape() {
        assertThat(error(RESOURCES.target("/nowhere").request().get(), 404).path("code").asText())
                .isEqualTo("NOT_FOUND");
        JsonNode internal = error(RESOURCES.target("/notes/boom").request().get(), 500);
        assertThat(internal.path("code").asText()).isEqualTo("INTERNAL");
        assertThat(internal.toString()).doesNotContain("secret internals");
    }

    private static Response post(String json) {
        return RESOURCES.target("/notes").request().post(Entity.entity(json, MediaType.APPLICATION_JSON_TYPE));
    }

    private static JsonNode error(Response response, int status) {
        assertThat(response.getStatus()).isEqualTo(status);
        JsonNode body = response.readEntity(JsonNode.class);
        assertThat(body.path("success").asBoolean(true)).isFalse();
        assertThat(body.path("error").asText()).isNotBlank();
        return body;
    }
}
