package io.ensemble.web.media;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.media.MediaService;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/** seeds/001 {@code POST /api/v1/profile/upload-picture} (multipart {@code profilePic}): sets the avatar. */
@Path("/api/v1/profile")
@Produces(MediaType.APPLICATION_JSON)
public final class ProfilePictureResource {
    private final MediaService media;

    /** @param media the media use cases */
    public ProfilePictureResource(MediaService media) {
        this.media = Objects.requireNonNull(media, "media");
    }

    /** An image in part {@code profilePic}: 201 with the stored media; its {@code url} becomes the avatar. */
    @POST
    @Path("/upload-picture")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Timed
    @Answers(value = MediaView.class, status = 201)
    @ErrorCodes({"INVALID_IMAGE"})
    public Response uploadPicture(@Auth Caller caller, org.glassfish.jersey.media.multipart.FormDataMultiPart body) {
        try (UploadedFiles files = UploadedFiles.of(body, "profilePic", 1, media.settings().maxImageBytes())) {
            var stored = media.uploadAvatar(caller, files.files().get(0));
            return ApiResponse.created("Profile picture updated", MediaView.of(stored));
        }
    }
}
