package io.ensemble.web.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over their cap with 413 {@code PAYLOAD_TOO_LARGE}: at once from
 * {@code Content-Length}, or while reading for chunked bodies, so an oversized body is never
 * buffered whole. Multipart uploads have their own, larger cap; per-file limits are checked by the
 * media routes and use cases.
 */
@Priority(Priorities.ENTITY_CODER)
public final class BodySizeLimitFilter implements ContainerRequestFilter {
    private final long maxBytes;
    private final long maxMultipartBytes;

    /**
     * @param maxBytes largest accepted non-multipart (JSON) body in bytes (1 MiB by default)
     * @param maxMultipartBytes largest accepted multipart body in bytes (uploads; 100 MiB by default)
     */
    public BodySizeLimitFilter(long maxBytes, long maxMultipartBytes) {
        this.maxBytes = maxBytes;
        this.maxMultipartBytes = maxMultipartBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        long cap = type != null && type.getType().equals("multipart") ? maxMultipartBytes : maxBytes;
        if (request.getLength() > cap) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream(), cap));
        }
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(413);
    }

    private static final class LimitedStream extends FilterInputStream {
        private long remaining;

        LimitedStream(InputStream in, long max) {
            super(in);
            this.remaining = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) {
                throw tooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw tooLarge();
                }
            }
            return n;
        }
    }
}
