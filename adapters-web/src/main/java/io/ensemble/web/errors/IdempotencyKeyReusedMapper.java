package io.ensemble.web.errors;

import io.ensemble.shared.idempotency.IdempotencyKeyReused;
import io.ensemble.web.errors.ErrorResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers 422 {@code IDEMPOTENCY_KEY_REUSED} (CONVENTIONS error body) for a replayed
 * {@code Idempotency-Key} with another body, on every route that accepts the header; Jersey prefers
 * it over the general domain mapper because its type is closer.
 */
public final class IdempotencyKeyReusedMapper implements ExceptionMapper<IdempotencyKeyReused> {
    @Override
    public Response toResponse(IdempotencyKeyReused e) {
        return ErrorResponses.of(422, e.code(), e.getMessage());
    }
}
