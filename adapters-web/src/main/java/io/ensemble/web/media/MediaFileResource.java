package io.ensemble.web.media;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.media.MediaService;
import io.ensemble.media.MediaStorage;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves stored objects under {@code /media/<key>} (local storage). Public objects get a long-lived
 * immutable cache header and an ETag; private ones (chat attachments) need a valid {@code expires}
 * + {@code sig} pair, or the bearer token of the owner or of a member of a conversation the attachment
 * was sent to; they are {@code private, no-store}, and 404 for anyone else.
 */
@Path("/media")
public final class MediaFileResource {
    private static final String PUBLIC_CACHE = "public, max-age=31536000, immutable";
    private final MediaService media;

    /** @param media the media use cases */
    public MediaFileResource(MediaService media) {
        this.media = Objects.requireNonNull(media, "media");
    }

    /** @return the object's bytes with its content type, or 304 when {@code If-None-Match} matches */
    @GET
    @Path("/{key: .+}")
    @Timed
    @ErrorCodes({})
    public Response get(@Auth Optional<Caller> caller, @PathParam("key") String key,
            @QueryParam("expires") Long expires, @QueryParam("sig") String sig,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        MediaService.ServedObject served = media.open(key, caller.map(Caller::userId), Optional.ofNullable(expires),
                Optional.ofNullable(sig));
        MediaStorage.StoredObject object = served.object();
        String cache = served.isPrivate() ? "private, no-store" : PUBLIC_CACHE;
        if (object.etag().equals(ifNoneMatch)) {
            close(object.content());
            return Response.notModified().header(HttpHeaders.ETAG, object.etag()).header(HttpHeaders.CACHE_CONTROL,
                    cache).build();
        }
        StreamingOutput body = out -> {
            try (InputStream in = object.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, object.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, object.bytes())
                .header(HttpHeaders.ETAG, object.etag())
                .header(HttpHeaders.CACHE_CONTROL, cache)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (java.io.IOException e) {
            // nothing was sent
        }
    }
}
