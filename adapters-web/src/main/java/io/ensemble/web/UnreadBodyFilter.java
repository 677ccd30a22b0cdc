package io.ensemble.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps a kept-alive connection usable after a response that did not read the request body (a
 * 401 from the auth filter, a 413, a 404 on a body-carrying request). Jetty 12 closes such a
 * connection when the response completes if the rest of the body has not arrived yet, without
 * saying so in the response, and a pooling client (the JDK {@code HttpClient}, OkHttp) then sends
 * its next request into a closed socket ("header parser received no bytes"). This filter reads
 * what is left of the body, up to {@link #DRAIN_LIMIT_BYTES}, before the response is written; a
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
        if (!declaresBody(request) || readToTheEnd()) {
            return;
        }
        // A declared length over the limit is not waited for: the client may be holding it back
        // (Expect: 100-continue) or the route refused it from the header alone (413).
        if (request.getLength() > DRAIN_LIMIT_BYTES || !drain(unreadBody(request))) {
            response.getHeaders().putSingle("Connection", "close");
        }
    }

    /** @return true when the route read the whole body (a finished upload, say, of any size) */
    private boolean readToTheEnd() {
        try {
            return servletRequest != null && servletRequest.getInputStream().isFinished();
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    /** @return the body's stream, or an empty one when Jersey read the entity and closed it */
    private static InputStream unreadBody(ContainerRequestContext request) {
        try {
            return request.getEntityStream();
        } catch (IllegalStateException closedAfterReading) {
            return InputStream.nullInputStream();
        }
    }

    private static boolean declaresBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    /** @return true when the body ended within the limit (an already read body ends at once) */
    private static boolean drain(InputStream body) {
        byte[] buf = new byte[8192];
        long left = DRAIN_LIMIT_BYTES;
        try {
            for (int n; (n = body.read(buf)) >= 0; ) {
                left -= n;
                if (left < 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
