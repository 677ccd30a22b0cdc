package io.ensemble.web.errors;

import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.DomainException;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.PayloadTooLarge;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.Unauthenticated;
import io.ensemble.shared.errors.UnsupportedMediaType;
import io.ensemble.shared.errors.UpstreamFailed;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.errors.ErrorResponses;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the domain's typed errors to status codes and the CONVENTIONS.md error body (DESIGN §Use cases), and
 * tells {@code onRateLimited} of each 429 it answers (the rate-limit rejection metric of issue 29 §5).
 */
public final class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    private static final Logger LOG = LoggerFactory.getLogger(DomainExceptionMapper.class);
    private final Runnable onRateLimited;

    /** A mapper that counts nothing. */
    public DomainExceptionMapper() {
        this(() -> { });
    }

    /** @param onRateLimited called once for every {@link RateLimited} answered with 429 */
    public DomainExceptionMapper(Runnable onRateLimited) {
        this.onRateLimited = java.util.Objects.requireNonNull(onRateLimited, "onRateLimited");
    }

    @Override
    public Response toResponse(DomainException e) {
        int status = statusOf(e);
        if (status == 503) {
            LOG.warn("Backing service unavailable: {}", e.getMessage(), e.getCause());
        }
        List<io.ensemble.shared.errors.FieldError> details = e instanceof ValidationFailed v ? v.errors() : List.of();
        Response response = ErrorResponses.of(status, e.code(), e.getMessage(), details);
        if (e instanceof RateLimited r) {
            onRateLimited.run();
            return Response.fromResponse(response)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(r.retryAfterSeconds()))
                    .build();
        }
        if (status == 401) {
            return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        return response;
    }

    /** @return the HTTP status for a domain error type */
    static int statusOf(DomainException e) {
        if (e instanceof ValidationFailed) {
            return 400;
        } else if (e instanceof Unauthenticated) {
            return 401;
        } else if (e instanceof Forbidden) {
            return 403;
        } else if (e instanceof NotFound) {
            return 404;
        } else if (e instanceof Conflict) {
            return 409;
        } else if (e instanceof PayloadTooLarge) {
            return 413;
        } else if (e instanceof UnsupportedMediaType) {
            return 415;
        } else if (e instanceof UpstreamFailed u) {
            return u.timedOut() ? 504 : 502;
        } else if (e instanceof RateLimited) {
            return 429;
        } else if (e instanceof ProviderUnavailable) {
            return 503;
        }
        return 500;
    }
}
