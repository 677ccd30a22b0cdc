package io.ensemble.web.audit;

import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.web.http.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads a request's {@link RequestOrigin} for the audit trail: the client address as
 * {@link jakarta.servlet.ServletRequest#getRemoteAddr()} gives it (already the forwarded client's
 * behind {@code TRUSTED_PROXIES}, issue 29 §3) and the request id {@link RequestIdFilter} stored on
 * the request.
 */
public final class RequestOrigins {
    private RequestOrigins() {
    }

    /** @return the origin of {@code request}; parts the container does not give are unknown */
    public static RequestOrigin of(HttpServletRequest request) {
        if (request == null) {
            return RequestOrigin.UNKNOWN;
        }
        Object requestId = request.getAttribute(RequestIdFilter.MDC_KEY);
        return RequestOrigin.of(request.getRemoteAddr(), requestId instanceof String id ? id : null);
    }
}
