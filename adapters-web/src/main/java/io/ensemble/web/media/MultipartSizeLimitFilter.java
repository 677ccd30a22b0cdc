package io.ensemble.web.media;

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
 * Caps multipart request bodies (uploads) at {@code maxBytes}: 413 at once from
 * {@code Content-Length}, or while the body streams when it is chunked, so an oversized upload is
 * never buffered whole. Per-file limits are checked by the media routes and use cases.
 */
@Priority(Priorities.ENTITY_CODER)
public final class MultipartSizeLimitFilter implements ContainerRequestFilter {
    private final long maxBytes;

    /** @param maxBytes the largest multipart body accepted */
    public MultipartSizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !type.getType().equals("multipart")) {
            return;
        }
        if (request.getLength() > maxBytes) {
            throw new WebApplicationException(413);
        }
        request.setEntityStream(new Capped(request.getEntityStream(), maxBytes));
    }

    private static final class Capped extends FilterInputStream {
        private long remaining;

        Capped(InputStream in, long max) {
            super(in);
            this.remaining = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) {
                throw new WebApplicationException(413);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw new WebApplicationException(413);
                }
            }
            return n;
        }
    }
}
