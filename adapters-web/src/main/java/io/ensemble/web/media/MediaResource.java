package io.ensemble.web.media;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.media.MediaPurpose;
import io.ensemble.media.MediaService;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * Upload routes of issue 7 §1 (seeds/000 §Media): multipart {@code file} or {@code files}, with an
 * optional text part {@code purpose} ({@code general} by default; {@code chat_attachment} is private).
 */
@Path("/api/v1/media")
@Produces(MediaType.APPLICATION_JSON)
public final class MediaResource {
    private final MediaService media;

    /** @param media the media use cases */
    public MediaResource(MediaService media) {
        this.media = Objects.requireNonNull(media, "media");
    }

    /** One file in part {@code file}: 201 with the stored media; 400/413/415 as documented. */
    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Timed
    @Answers(value = MediaView.class, status = 201)
    @ErrorCodes({"INVALID_IMAGE"})
    public Response upload(@Auth Caller caller, FormDataMultiPart body) {
        MediaPurpose purpose = UploadedFiles.purpose(body);
        try (UploadedFiles files = UploadedFiles.of(body, "file", 1, media.settings().maxFileBytes())) {
            var stored = media.upload(caller, purpose, files.files().get(0));
            return ApiResponse.created("Uploaded", MediaView.of(stored));
        }
    }

    /** Up to {@code maxFiles} files in parts {@code files}, all or none: 201 with {@code {items: [...]}}. */
    @POST
    @Path("/upload-multiple")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Timed
    @Answers(value = Map.class, status = 201)
    @ErrorCodes({"INVALID_IMAGE"})
    public Response uploadMultiple(@Auth Caller caller, FormDataMultiPart body) {
        MediaPurpose purpose = UploadedFiles.purpose(body);
        var settings = media.settings();
        try (UploadedFiles files = UploadedFiles.of(body, "files", settings.maxFiles(), settings.maxFileBytes())) {
            List<MediaView> items = media.uploadAll(caller, purpose, files.files()).stream().map(MediaView::of)
                    .toList();
            return ApiResponse.created("Uploaded", Map.of("items", items));
        }
    }

    /**
     * One media with fresh links: 200 {@code {id, url, thumbnailUrl, ...}} (signed, short-lived URLs
     * for chat attachments) for its owner or a member of a conversation it was sent to; 404 otherwise.
     */
    @GET
    @Path("/{id}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<MediaView> get(@Auth Caller caller, @PathParam("id") String id) {
        return ApiResponse.ok("Media", MediaView.of(media.get(caller, PathIds.uuid(id))));
    }

    /** Deletes the caller's media and its stored objects; 404 for anyone else's. */
    @DELETE
    @Path("/{id}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> delete(@Auth Caller caller, @PathParam("id") String id) {
        media.delete(caller, PathIds.uuid(id));
        return ApiResponse.ok("Deleted", null);
    }
}
