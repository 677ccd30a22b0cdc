package io.ensemble.web.privacy;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.privacy.AccountDeletionService;
import io.ensemble.privacy.DataExportService;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Objects;

/**
 * The caller's own account (issue 20 §4):
 * <ul>
 *   <li>{@code DELETE /api/v1/account {password}}: closes the account at once and starts the erasure of its
 *       personal data (400 without a password, 403 {@code INVALID_PASSWORD}, 409 {@code ORDERS_IN_PROGRESS}
 *       listing the orders);</li>
 *   <li>{@code POST /api/v1/account/export}: starts building a zip of every row about the caller and their
 *       files; {@code GET /api/v1/account/export}: its status and signed download link (valid 24 h; 404
 *       before any export);</li>
 *   <li>{@code GET /api/v1/account/export/download/{id}?expires=&signature=}: the zip, no login needed
 *       (403 {@code LINK_EXPIRED} / {@code INVALID_SIGNATURE}, 404 once the archive is gone).</li>
 * </ul>
 */
@Path("/api/v1/account")
@Produces(MediaType.APPLICATION_JSON)
public final class AccountPrivacyResource {
    private final AccountDeletionService deletion;
    private final DataExportService exports;

    /** Wires the use cases. */
    public AccountPrivacyResource(AccountDeletionService deletion, DataExportService exports) {
        this.deletion = Objects.requireNonNull(deletion, "deletion");
        this.exports = Objects.requireNonNull(exports, "exports");
    }

    /** Deletes the caller's account. */
    @DELETE
    @Timed
    @Consumes(MediaType.APPLICATION_JSON)
    @ErrorCodes({"INVALID_PASSWORD", "ORDERS_IN_PROGRESS"})
    public ApiResponse<PrivacyRequestView> deleteAccount(@Auth Caller caller, DeleteAccountBody body,
            @Context HttpServletRequest request) {
        return ApiResponse.ok("Account deleted; its personal data is being erased.", PrivacyRequestView.of(
                deletion.deleteOwnAccount(caller, body == null ? null : body.password(), RequestOrigins.of(request))));
    }

    /** Starts an export (or answers the one still being built). */
    @POST
    @Path("/export")
    @Timed
    @ErrorCodes({})
    public ApiResponse<ExportView> requestExport(@Auth Caller caller, @Context HttpServletRequest request) {
        return ApiResponse.ok("Export started", ExportView.of(exports.requestExport(caller, RequestOrigins.of(request))));
    }

    /** The caller's latest export. */
    @GET
    @Path("/export")
    @Timed
    @ErrorCodes({})
    public ApiResponse<ExportView> export(@Auth Caller caller) {
        return ApiResponse.ok("Export", ExportView.of(exports.latestExport(caller)));
    }

    /** Downloads an export through its signed link. */
    @GET
    @Path("/export/download/{requestId}")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Timed
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @Content(
            mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    @ErrorCodes({"INVALID_SIGNATURE", "LINK_EXPIRED"})
    public Response download(@PathParam("requestId") String requestId, @QueryParam("expires") Long expires,
            @QueryParam("signature") String signature) {
        if (expires == null) {
            throw new NotFound("No such export.");
        }
        InputStream archive = exports.download(PathIds.uuid(requestId), expires, signature);
        StreamingOutput body = out -> {
            try (InputStream in = archive) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, "application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ensemble-export.zip\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }
}
