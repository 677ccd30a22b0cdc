package io.ensemble.web.media;

import com.codahale.metrics.annotation.Timed;
import io.ensemble.media.ImageProxyService;
import io.ensemble.web.http.ClientAddress;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.ratelimit.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * seeds/001 {@code GET /api/v1/proxy/image?url=} (no auth): the image with its verified type and a
 * one-day cache header. Errors: 400 {@code URL_NOT_ALLOWED}, 415 not an image, 429
 * {@code RATE_LIMITED} over the per-IP limit (checked before any fetch), 502
 * {@code UPSTREAM_FAILED}/{@code UPSTREAM_TOO_LARGE}, 504 {@code UPSTREAM_TIMEOUT}.
 */
@Path("/api/v1/proxy")
public final class ImageProxyResource {
    private final ImageProxyService proxy;
    private final RateLimiter perIp;

    /**
     * @param proxy the proxy use case
     * @param perIp requests allowed per client IP (config {@code media.proxyRatePerMinute}; capacity 0 = off)
     */
    public ImageProxyResource(ImageProxyService proxy, RateLimiter perIp) {
        this.proxy = Objects.requireNonNull(proxy, "proxy");
        this.perIp = Objects.requireNonNull(perIp, "perIp");
    }

    /** @return the proxied image bytes */
    @GET
    @Path("/image")
    @Timed
    @ErrorCodes({"UPSTREAM_FAILED", "UPSTREAM_TIMEOUT", "UPSTREAM_TOO_LARGE", "URL_NOT_ALLOWED"})
    public Response image(@Context HttpServletRequest request, @QueryParam("url") String url) {
        perIp.acquire("proxy:" + ClientAddress.of(request));
        ImageProxyService.ProxiedImage image = proxy.fetch(url);
        return Response.ok(image.body(), image.contentType())
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'")
                .build();
    }
}
