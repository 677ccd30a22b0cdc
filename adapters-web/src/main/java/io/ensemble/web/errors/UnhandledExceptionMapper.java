package io.ensemble.web.errors;

import io.ensemble.web.errors.ErrorResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Last resort: any other exception is logged with its stack trace under the request id and
 * answered 500 {@code INTERNAL} without details.
 */
public final class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnhandledExceptionMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        LOG.error("Unhandled error", e);
        String requestId = MDC.get(io.ensemble.web.http.RequestIdFilter.MDC_KEY);
        return ErrorResponses.of(500, "INTERNAL",
                "Something went wrong on our side" + (requestId == null ? "." : "; quote request id " + requestId + "."));
    }
}
