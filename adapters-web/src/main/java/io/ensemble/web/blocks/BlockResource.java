package io.ensemble.web.blocks;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.blocks.BlockService;
import io.ensemble.identity.Caller;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageView;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * Blocking routes (issue 27 §Blocking): block a user, list and lift the caller's blocks. Any
 * authenticated user; a block is only ever visible to the user who made it.
 */
@Path("/api/v1/blocks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class BlockResource {
    private final BlockService blocks;

    /** @param blocks the blocking use cases */
    public BlockResource(BlockService blocks) {
        this.blocks = blocks;
    }

    /** Blocks {@code userId}: 201 with the {@link BlockView} (also for a repeat, idempotent). */
    @POST
    @Timed
    @Answers(value = BlockView.class, status = 201)
    @ErrorCodes({})
    public Response block(@Auth Caller caller, BlockRequestBody body) {
        BlockRequestBody req = Objects.requireNonNullElse(body, BlockRequestBody.EMPTY);
        return ApiResponse.created("User blocked", BlockView.of(blocks.block(caller, req.userId())));
    }

    /** The caller's blocks, newest first: {@code {items: [BlockView], nextCursor}}. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<BlockView>> list(@Auth Caller caller, @QueryParam("limit") String limit,
                                                 @QueryParam("cursor") String cursor) {
        return ApiResponse.ok("Blocks", PageView.of(blocks.list(caller, PageRequest.of(limit, cursor)), BlockView::of));
    }

    /** Lifts the caller's block of {@code userId}; 404 when there is none. */
    @DELETE
    @Path("/{userId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> unblock(@Auth Caller caller, @PathParam("userId") String userId) {
        blocks.unblock(caller, PathIds.uuid(userId));
        return ApiResponse.ok("User unblocked", null);
    }
}
