package io.ensemble.web.http;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import java.io.IOException;

/**
 * Keeps a kept-alive connection usable after a response that did not read the request body (a
 * 401 from the auth filter, a 413, a 404 on a body-carrying request). Jetty 12 closes such a
 * connection when the response completes if the rest of the body has not arrived yet, without
 * saying so in the response, and a pooling client (the JDK {@code HttpClient}, OkHttp) then sends
 * its next request into a closed socket ("header parser received no bytes"). This filter leaves a
 * body the route read to the end alone and reads what is left of any other, up to
 * {@link #DRAIN_LIMIT_BYTES}, from the servlet input before the response is written; a
 * body declared larger, one that turns out larger, or a broken one gets {@code Connection: close}
 * instead, which clients honour (RFC 9112 §9.6).
 */
public final class UnreadBodyFilter implements ContainerResponseFilter {
    /** The most of an unread body, in bytes, read and dropped to keep the connection open. */
    public static final int DRAIN_LIMIT_BYTES = 64 * 1024;

    /** The request being answered (a per-request proxy Jersey injects). */
    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (servletRequest == null || !declaresBody(request)) {
            return;
        }
        // A declared length over the limit is not waited for: the client may be holding it back
        // (Expect: 100-continue) or the route refused it from the header alone (413).
        try {
            ServletInputStream body = servletRequest.getInputStream();
            if (body.isFinished() || request.getLength() <= DRAIN_LIMIT_BYTES && drained(body)) {
                return;
            }
        } catch (IOException | RuntimeException unreadable) {
            // fall through: the connection cannot be reused safely
        }
        response.getHeaders().putSingle("Connection", "close");
    }

    private static boolean declaresBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    /**
     * Reads and drops what is left of {@code body}.
     *
     * @return true when it ended within {@link #DRAIN_LIMIT_BYTES}
     * @throws IOException when the client stops sending (Jetty's idle timeout) or resets
     */
    private static boolean drained(ServletInputStream body) throws IOException {
        byte[] buf = new byte[8192];
        long left = DRAIN_LIMIT_BYTES;
        for (int n; (n = body.read(buf)) >= 0; ) {
            left -= n;
            if (left < 0) {
                return false;
            }
        }
        return true;
    }
}
