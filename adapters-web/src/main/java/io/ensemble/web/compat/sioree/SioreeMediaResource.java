package io.ensemble.web.compat.sioree;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.media.MediaService;
import io.ensemble.media.StoredMedia;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.media.UploadedFiles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * Seeds/000 §Media Upload Endpoints at {@code /api/media} with bare bodies, over the native upload
 * use case (type from magic bytes, size and pixel limits, metadata stripped; 400/413/415 as natively).
 */
@Path("/api/media")
@SioreeRoute
@Produces(MediaType.APPLICATION_JSON)
public final class SioreeMediaResource {
    private final MediaService media;

    SioreeMediaResource(MediaService media) {
        this.media = Objects.requireNonNull(media, "media");
    }

    /** One file in part {@code file}: {@code {url, thumbnailUrl, fileSize, mimeType}} (bytes, detected type). */
    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Timed
    @ErrorCodes({"INVALID_IMAGE"})
    public Uploaded upload(@Auth Caller caller, FormDataMultiPart body) {
        try (UploadedFiles files = UploadedFiles.of(body, "file", 1, media.settings().maxFileBytes())) {
            StoredMedia stored = media.upload(caller, UploadedFiles.purpose(body), files.files().get(0));
            return new Uploaded(stored.links().url(), stored.links().thumbnailUrl(), stored.media().bytes(),
                    stored.media().contentType());
        }
    }

    /** Several files in parts {@code files}, all or none: {@code {urls: [{url, thumbnailUrl}]}}. */
    @POST
    @Path("/upload-multiple")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Timed
    @ErrorCodes({"INVALID_IMAGE"})
    public UploadedUrls uploadMultiple(@Auth Caller caller, FormDataMultiPart body) {
        var settings = media.settings();
        try (UploadedFiles files = UploadedFiles.of(body, "files", settings.maxFiles(), settings.maxFileBytes())) {
            return new UploadedUrls(media.uploadAll(caller, UploadedFiles.purpose(body), files.files()).stream()
                    .map(s -> new Url(s.links().url(), s.links().thumbnailUrl())).toList());
        }
    }

    /** {@code {url, thumbnailUrl, fileSize, mimeType}}; {@code fileSize} in bytes. */
    public record Uploaded(String url, String thumbnailUrl, long fileSize, String mimeType) {
    }

    /** One entry of {@code urls}. */
    public record Url(String url, String thumbnailUrl) {
    }

    /** {@code {urls}}. */
    public record UploadedUrls(List<Url> urls) {
    }
}
