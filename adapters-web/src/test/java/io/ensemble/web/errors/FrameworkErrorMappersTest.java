package io.ensemble.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.shared.idempotency.IdempotencyKeyReused;
import io.ensemble.web.http.RequestIdFilter;
import io.ensemble.web.http.WireJson;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Jersey's own errors, unexpected exceptions and idempotency replays in the CONVENTIONS.md error shape. */
class FrameworkErrorMappersTest {

    @Test
    void jersey_errors_get_the_error_body_and_keep_their_headers() {
        WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();

        Response notFound = mapper.toResponse(new NotFoundException());
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(WireJson.body(notFound).path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(WireJson.body(notFound).path("message").asText()).isEqualTo("No such resource.");

        Response notAllowed = mapper.toResponse(new NotAllowedException(Response.status(405).allow("GET", "HEAD").build()));
        assertThat(notAllowed.getStatus()).isEqualTo(405);
        assertThat(WireJson.body(notAllowed).path("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(notAllowed.getHeaderString("Allow")).contains("GET");
        assertThat(notAllowed.getMediaType()).hasToString("application/json");

        Response tooLarge = mapper.toResponse(new WebApplicationException(413));
        assertThat(WireJson.body(tooLarge).path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(WireJson.body(tooLarge).path("error").asText()).isEqualTo("Payload too large");
    }

    @Test
    void an_unexpected_exception_is_a_500_that_names_the_request_id_and_hides_the_cause() {
        MDC.put(RequestIdFilter.MDC_KEY, "req-123");
        try {
            Response response = new UnhandledExceptionMapper()
                    .toResponse(new IllegalStateException("password=hunter2 at db.internal:5432"));

            JsonNode body = WireJson.body(response);
            assertThat(response.getStatus()).isEqualTo(500);
            assertThat(body.path("code").asText()).isEqualTo("INTERNAL");
            assertThat(body.path("message").asText()).contains("req-123");
            assertThat(body.toString()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
        } finally {
            MDC.remove(RequestIdFilter.MDC_KEY);
        }
    }

    @Test
    void a_reused_idempotency_key_is_422_with_its_code() {
        IdempotencyKeyReused reused = new IdempotencyKeyReused("this order");
        Response response = new IdempotencyKeyReusedMapper().toResponse(reused);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(WireJson.body(response).path("code").asText()).isEqualTo(reused.code());
        assertThat(WireJson.body(response).path("error").asText()).isEqualTo("Unprocessable");
    }
}
