package io.ensemble.web.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a safe token
 * (1-128 of {@code [A-Za-z0-9._-]}), else a new UUID. The id is echoed in the response header and
 * put in the SLF4J MDC under {@value #MDC_KEY} so every log line of the request carries it.
 */
public final class RequestIdFilter implements Filter {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String incoming = ((HttpServletRequest) req).getHeader(HEADER);
        String id = incoming != null && SAFE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        ((HttpServletResponse) res).setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        req.setAttribute(MDC_KEY, id); // for the JSON request log (issue 29 §5)
        try {
            chain.doFilter(req, res);
        } finally {
            MDC.remove(MDC_KEY);
            MDC.remove(CallerLogContext.USER_ID);
        }
    }
}
