package io.ensemble.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.DomainException;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.PayloadTooLarge;
import io.ensemble.shared.errors.ProviderNotConfigured;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.Unauthenticated;
import io.ensemble.shared.errors.UnsupportedMediaType;
import io.ensemble.shared.errors.UpstreamFailed;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.http.WireJson;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Each domain error becomes its CONVENTIONS.md status, code and body. */
class DomainExceptionMapperTest {
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final DomainExceptionMapper mapper = new DomainExceptionMapper(rateLimited::incrementAndGet);

    @Test
    void every_domain_error_type_gets_its_status_code_and_brief_name() {
        assertMapped(new NotFound("No such order."), 404, "NOT_FOUND", "Not found");
        assertMapped(new Forbidden("Only the brand may do this."), 403, "FORBIDDEN", "Forbidden");
        assertMapped(new Conflict("ORDER_ALREADY_ACCEPTED", "Already accepted."), 409, "ORDER_ALREADY_ACCEPTED",
                "Conflict");
        assertMapped(new PayloadTooLarge("Too big."), 413, "PAYLOAD_TOO_LARGE", "Payload too large");
        assertMapped(new UnsupportedMediaType("Send a PNG."), 415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type");
        assertMapped(new ProviderUnavailable("Stripe is down."), 503, "PROVIDER_UNAVAILABLE", "Service unavailable");
        assertMapped(new ProviderNotConfigured("stripe", List.of("STRIPE_SECRET_KEY")), 503,
                "PROVIDER_NOT_CONFIGURED", "Service unavailable");
        assertMapped(new UpstreamFailed("UPSTREAM_TIMEOUT", "The provider did not answer."), 504, "UPSTREAM_TIMEOUT",
                "Gateway timeout");
        assertMapped(new UpstreamFailed("UPSTREAM_FAILED", "The provider refused."), 502, "UPSTREAM_FAILED",
                "Bad gateway");
    }

    @Test
    void a_validation_error_lists_its_fields_in_details() {
        Response response = mapper.toResponse(new ValidationFailed(List.of(
                new FieldError("email", "must be an e-mail address"), new FieldError("name", "is required"))));

        JsonNode body = WireJson.body(response);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body.path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(body.path("details")).hasSize(2);
        assertThat(body.path("details").get(0).path("field").asText()).isEqualTo("email");
        assertThat(body.path("details").get(0).path("message").asText()).isEqualTo("must be an e-mail address");
    }

    @Test
    void rate_limited_answers_429_with_retry_after_and_is_counted() {
        Response response = mapper.toResponse(new RateLimited("Slow down.", 42));

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("42");
        assertThat(WireJson.body(response).path("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(rateLimited).hasValue(1);
        mapper.toResponse(new NotFound("x"));
        assertThat(rateLimited).as("only 429s are counted").hasValue(1);
    }

    @Test
    void unauthenticated_answers_401_with_a_bearer_challenge() {
        Response response = mapper.toResponse(new Unauthenticated("INVALID_TOKEN", "The access token is invalid."));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(WireJson.body(response).path("code").asText()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void an_unknown_domain_error_is_a_500_with_its_code() {
        DomainException odd = new DomainException("ODD", "Odd.") {
            private static final long serialVersionUID = 1L;
        };
        assertThat(mapper.toResponse(odd).getStatus()).isEqualTo(500);
    }

    private void assertMapped(DomainException e, int status, String code, String error) {
        Response response = mapper.toResponse(e);
        JsonNode body = WireJson.body(response);
        assertThat(response.getStatus()).as(e.getClass().getSimpleName()).isEqualTo(status);
        assertThat(response.getMediaType()).hasToString("application/json");
        assertThat(body.path("success").isBoolean()).isTrue();
        assertThat(body.path("success").asBoolean()).isFalse();
        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(body.path("message").asText()).isEqualTo(e.getMessage());
        assertThat(body.path("error").asText()).isEqualTo(error);
        assertThat(body.has("details")).as("details only for validation").isFalse();
    }
}
