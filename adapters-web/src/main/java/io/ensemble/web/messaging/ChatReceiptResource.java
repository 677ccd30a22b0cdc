package io.ensemble.web.messaging;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.messaging.DeliveryReceipts;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * Delivery receipts (issue 27 §Delivery): a member's device acknowledges what it received, a sender
 * reads each member's delivered and read state of a message. Non-members and other users' messages
 * are 404.
 */
@Path("/api/v1/chat")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class ChatReceiptResource {
    private final DeliveryReceipts receipts;

    /** @param receipts the delivery use cases */
    public ChatReceiptResource(DeliveryReceipts receipts) {
        this.receipts = receipts;
    }

    /**
     * Records that the caller's device has every message up to {@code seq} (capped at the last
     * seq, never moving back): the {@link DeliveryReceiptView}; senders get {@code message_delivered}.
     */
    @POST
    @Path("/conversations/{conversationId}/delivered")
    @Timed
    @ErrorCodes({})
    public ApiResponse<DeliveryReceiptView> delivered(@Auth Caller caller,
                                                      @PathParam("conversationId") String conversationId,
                                                      ChatSafetyRequests.Delivered body) {
        ChatSafetyRequests.Delivered req = Objects.requireNonNullElse(body, ChatSafetyRequests.Delivered.EMPTY);
        return ApiResponse.ok("Delivered", DeliveryReceiptView.of(
                receipts.markDelivered(caller, PathIds.uuid(conversationId), req.seq())));
    }

    /** Each other member's state of the caller's own message: {@link MessageReceiptsView}. */
    @GET
    @Path("/messages/{messageId}/receipts")
    @Timed
    @ErrorCodes({})
    public ApiResponse<MessageReceiptsView> receipts(@Auth Caller caller, @PathParam("messageId") String messageId) {
        return ApiResponse.ok("Receipts", MessageReceiptsView.of(receipts.receipts(caller, PathIds.uuid(messageId))));
    }
}
