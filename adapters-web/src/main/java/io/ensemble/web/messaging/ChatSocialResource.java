package io.ensemble.web.messaging;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.messaging.ConversationPins;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessageReactions;
import io.ensemble.messaging.MessageThreads;
import io.ensemble.messaging.Pin;
import io.ensemble.messaging.ThreadPage;
import io.ensemble.shared.paging.PageRequest;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Chat threads, reactions, pins and mutes (issue 27) under {@code /api/v1/chat}, beside {@link ChatResource}.
 * Parses, calls the use cases, renders; a message or conversation the caller is not a member of is 404, a
 * path id that is not a UUID 404, a bad body 400.
 */
@Path("/api/v1/chat")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class ChatSocialResource {
    private final MessageThreads threads;
    private final MessageReactions reactions;
    private final ConversationPins pins;
    private final ReactedViews views;

    /** @param views message views with the viewer's reactions */
    public ChatSocialResource(MessageThreads threads, MessageReactions reactions, ConversationPins pins,
                              ReactedViews views) {
        this.threads = threads;
        this.reactions = reactions;
        this.pins = pins;
        this.views = views;
    }

    /** The replies to a message, oldest first, with the thread's unread count: {@link SocialViews.ThreadView}. */
    @GET
    @Path("/messages/{messageId}/replies")
    @Timed
    @ErrorCodes({})
    public ApiResponse<SocialViews.ThreadView> replies(@Auth Caller caller, @PathParam("messageId") String messageId,
                                                       @QueryParam("cursor") String cursor,
                                                       @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(limit, null);
        ThreadPage thread = threads.replies(caller, PathIds.uuid(messageId),
                Optional.ofNullable(cursor).filter(s -> !s.isBlank()), page.limit());
        List<Message> items = thread.replies().items();
        var view = views.viewer(caller, items);
        return ApiResponse.ok("Thread", new SocialViews.ThreadView(thread.parent().id().toString(),
                items.stream().map(view).toList(), thread.replies().nextCursor().orElse(null), thread.unreadCount()));
    }

    /** Reacts to a message with {@code {emoji}} (again: unchanged): the reaction with the emoji's count. */
    @POST
    @Path("/messages/{messageId}/reactions")
    @Timed
    @ErrorCodes({"TOO_MANY_REACTIONS"})
    public ApiResponse<SocialViews.ReactionChangeView> react(@Auth Caller caller,
                                                             @PathParam("messageId") String messageId,
                                                             SocialViews.React body) {
        SocialViews.React req = Objects.requireNonNullElse(body, SocialViews.React.EMPTY);
        return ApiResponse.ok("Reaction added", SocialViews.ReactionChangeView.of(
                reactions.react(caller, PathIds.uuid(messageId), req.emoji())));
    }

    /** Removes the caller's {@code emoji} reaction (URL-encoded in the path): the emoji's count after. */
    @DELETE
    @Path("/messages/{messageId}/reactions/{emoji}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<SocialViews.ReactionChangeView> unreact(@Auth Caller caller,
                                                               @PathParam("messageId") String messageId,
                                                               @PathParam("emoji") String emoji) {
        return ApiResponse.ok("Reaction removed", SocialViews.ReactionChangeView.of(
                reactions.unreact(caller, PathIds.uuid(messageId), emoji)));
    }

    /** The conversation's pins, latest first: {@link SocialViews.PinsView}. */
    @GET
    @Path("/conversations/{conversationId}/pins")
    @Timed
    @ErrorCodes({})
    public ApiResponse<SocialViews.PinsView> pins(@Auth Caller caller, @PathParam("conversationId") String conversationId) {
        return ApiResponse.ok("Pins", render(caller, pins.pins(caller, PathIds.uuid(conversationId))));
    }

    /** Pins a message of the conversation (again: unchanged): the pins, latest first. */
    @POST
    @Path("/conversations/{conversationId}/pins/{messageId}")
    @Timed
    @ErrorCodes({"TOO_MANY_PINS"})
    public ApiResponse<SocialViews.PinsView> pin(@Auth Caller caller, @PathParam("conversationId") String conversationId,
                                                 @PathParam("messageId") String messageId) {
        return ApiResponse.ok("Message pinned", render(caller,
                pins.pin(caller, PathIds.uuid(conversationId), PathIds.uuid(messageId))));
    }

    /** Unpins a message. */
    @DELETE
    @Path("/conversations/{conversationId}/pins/{messageId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> unpin(@Auth Caller caller, @PathParam("conversationId") String conversationId,
                                   @PathParam("messageId") String messageId) {
        pins.unpin(caller, PathIds.uuid(conversationId), PathIds.uuid(messageId));
        return ApiResponse.ok("Message unpinned", null);
    }

    /** Whether the caller muted the conversation: {@link SocialViews.MuteView}. */
    @GET
    @Path("/conversations/{conversationId}/mute")
    @Timed
    @ErrorCodes({})
    public ApiResponse<SocialViews.MuteView> muted(@Auth Caller caller, @PathParam("conversationId") String conversationId) {
        UUID id = PathIds.uuid(conversationId);
        return ApiResponse.ok("Mute", mute(id, pins.mutedSince(caller, id)));
    }

    /** Mutes the conversation for the caller (no new-message notifications; mentions still notify). */
    @POST
    @Path("/conversations/{conversationId}/mute")
    @Timed
    @ErrorCodes({})
    public ApiResponse<SocialViews.MuteView> mute(@Auth Caller caller, @PathParam("conversationId") String conversationId) {
        UUID id = PathIds.uuid(conversationId);
        return ApiResponse.ok("Conversation muted", mute(id, pins.mute(caller, id, true)));
    }

    /** Unmutes the conversation for the caller. */
    @DELETE
    @Path("/conversations/{conversationId}/mute")
    @Timed
    @ErrorCodes({})
    public ApiResponse<SocialViews.MuteView> unmute(@Auth Caller caller, @PathParam("conversationId") String conversationId) {
        UUID id = PathIds.uuid(conversationId);
        return ApiResponse.ok("Conversation unmuted", mute(id, pins.mute(caller, id, false)));
    }

    private SocialViews.PinsView render(Caller caller, List<Pin> found) {
        var view = views.viewer(caller, found.stream().map(Pin::message).toList());
        return new SocialViews.PinsView(found.stream().map(p -> SocialViews.PinView.of(p, view.apply(p.message())))
                .toList());
    }

    private static SocialViews.MuteView mute(UUID conversationId, Optional<Instant> since) {
        return new SocialViews.MuteView(conversationId.toString(), since.isPresent(), since.orElse(null));
    }
}
