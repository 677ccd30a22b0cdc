package io.ensemble.web.messaging;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.messaging.CreateGroupCommand;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessagingService;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageView;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Chat routes (seeds/001 §Chat, exact paths, plus group routes in the same style). Parses, calls
 * {@link MessagingService}, renders; authorization is the domain's. A path id that is not a UUID is
 * 404 {@code NOT_FOUND} (it cannot name anything), a bad body or query value is 400.
 */
@Path("/api/v1/chat")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class ChatResource {
    private final MessagingService chat;
    private final EventInvites invites;
    private final ReactedViews reactions;
    private final Predicate<UUID> online;

    /**
     * @param chat the messaging use cases; @param invites the {@code event_invite} messages (issue 21 §2)
     * @param reactions message views with the viewer's reactions (issue 27)
     * @param online whether a user has an open socket on some node (the cluster-wide presence, issue 27
     *     "online badges"), shown on contacts and conversation members
     */
    public ChatResource(MessagingService chat, EventInvites invites, ReactedViews reactions, Predicate<UUID> online) {
        this.chat = chat;
        this.invites = invites;
        this.reactions = reactions;
        this.online = Objects.requireNonNull(online, "online");
    }

    /**
     * Other active, verified users: {@code {items: [ContactView], nextCursor}}.
     *
     * @param search optional name substring (≤ 100 chars); {@code role} optional role filter
     */
    @GET
    @Path("/contacts")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<ContactView>> contacts(@Auth Caller caller, @QueryParam("search") String search,
                                                       @QueryParam("role") String role,
                                                       @QueryParam("limit") String limit,
                                                       @QueryParam("cursor") String cursor) {
        return ApiResponse.ok("Contacts", PageView.of(chat.contacts(caller, Optional.ofNullable(search),
                parseRole(role), PageRequest.of(limit, cursor)), c -> ContactView.of(c, online.test(c.userId()))));
    }

    /** The caller's conversations, newest activity first: {@code {items: [ConversationView], nextCursor}}. */
    @GET
    @Path("/conversations")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<ConversationView>> conversations(@Auth Caller caller, @QueryParam("limit") String limit,
                                                                 @QueryParam("cursor") String cursor) {
        return ApiResponse.ok("Conversations",
                PageView.of(chat.conversations(caller, PageRequest.of(limit, cursor)),
                        s -> ConversationView.of(s, invites::view, online)));
    }

    /** Gets or creates the DIRECT conversation with {@code otherUserId}: {@link ConversationView}. */
    @GET
    @Path("/conversations/{otherUserId}")
    @Timed
    @ErrorCodes({"NOT_CONNECTED"})
    public ApiResponse<ConversationView> openDirect(@Auth Caller caller, @PathParam("otherUserId") String otherUserId) {
        return ApiResponse.ok("Conversation",
                ConversationView.of(chat.openDirect(caller, PathIds.uuid(otherUserId)), invites::view, online));
    }

    /**
     * Messages: history newest first (continue with {@code before} or {@code cursor} = nextCursor),
     * or with {@code afterSeq=N} everything after seq N oldest first (continue with {@code cursor}).
     */
    @GET
    @Path("/conversations/{conversationId}/messages")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<MessageView>> messages(@Auth Caller caller,
                                                       @PathParam("conversationId") String conversationId,
                                                       @QueryParam("before") String before,
                                                       @QueryParam("afterSeq") String afterSeq,
                                                       @QueryParam("cursor") String cursor,
                                                       @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(limit, null);
        Optional<String> position = Optional.ofNullable(cursor).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(before).filter(s -> !s.isBlank()));
        Page<Message> found = chat.messages(caller, PathIds.uuid(conversationId), position, parseSeq(afterSeq),
                page.limit());
        return ApiResponse.ok("Messages", PageView.of(found, reactions.viewer(caller, found.items())));
    }

    /**
     * Sends a message: 201 with the {@link MessageView}, or 200 with the stored one for a retried clientMessageId.
     * A server's API key with {@code messages:write} sends as the user its {@code On-Behalf-Of} header names.
     */
    @POST
    @Path("/conversations/{conversationId}/messages")
    @Timed
    @Answers(value = MessageView.class, status = {201, 200})
    @ErrorCodes({})
    @io.ensemble.web.apikeys.ApiKeyScope(value = io.ensemble.apikeys.ApiScopes.MESSAGES_WRITE, onBehalfOf = true)
    public Response send(@Auth Caller caller, @PathParam("conversationId") String conversationId,
                         ChatRequests.SendMessage body) {
        UUID id = PathIds.uuid(conversationId);
        ChatRequests.SendMessage req = Objects.requireNonNullElse(body, ChatRequests.SendMessage.EMPTY);
        MessagingService.Sent sent = chat.send(caller, id,
                invites.command(caller, req.type(), req.content(), req.attachments(), req.clientMessageId(),
                        req.eventId()).inThread(req.replyToId(), req.mentions()));
        return Response.status(sent.created() ? 201 : 200)
                .entity(ApiResponse.ok(sent.created() ? "Message sent" : "Message already sent",
                        invites.view(sent.message())))
                .build();
    }

    /** Edits the caller's own message: the updated {@link MessageView}. */
    @PATCH
    @Path("/messages/{messageId}")
    @Timed
    @ErrorCodes({"MESSAGE_DELETED"})
    public ApiResponse<MessageView> edit(@Auth Caller caller, @PathParam("messageId") String messageId,
                                         ChatRequests.EditMessage body) {
        UUID id = PathIds.uuid(messageId);
        ChatRequests.EditMessage req = Objects.requireNonNullElse(body, ChatRequests.EditMessage.EMPTY);
        return ApiResponse.ok("Message edited", invites.view(chat.edit(caller, id, req.content())));
    }

    /** Deletes the caller's own message: the tombstone {@link MessageView}. */
    @DELETE
    @Path("/messages/{messageId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<MessageView> delete(@Auth Caller caller, @PathParam("messageId") String messageId) {
        return ApiResponse.ok("Message deleted", invites.view(chat.delete(caller, PathIds.uuid(messageId))));
    }

    /** Marks everything up to this message read: {@link ReadReceiptView}. */
    @PATCH
    @Path("/messages/{messageId}/read")
    @Timed
    @ErrorCodes({})
    public ApiResponse<ReadReceiptView> markRead(@Auth Caller caller, @PathParam("messageId") String messageId) {
        return ApiResponse.ok("Marked as read", ReadReceiptView.of(chat.markRead(caller, PathIds.uuid(messageId))));
    }

    /** Creates a GROUP owned by the caller: 201 with its {@link ConversationView}. */
    @POST
    @Path("/groups")
    @Timed
    @Answers(value = ConversationView.class, status = 201)
    @ErrorCodes({})
    public Response createGroup(@Auth Caller caller, ChatRequests.CreateGroup body) {
        ChatRequests.CreateGroup req = Objects.requireNonNullElse(body, ChatRequests.CreateGroup.EMPTY);
        List<UUID> members = new ArrayList<>();
        if (req.memberIds() != null) {
            for (String raw : req.memberIds()) {
                members.add(bodyId("memberIds", raw));
            }
        }
        return Response.status(201).entity(ApiResponse.ok("Group created",
                ConversationView.of(chat.createGroup(caller, new CreateGroupCommand(req.name(), members)),
                        invites::view, online))).build();
    }

    /** Adds a member (owner only): the group's {@link ConversationView}. */
    @POST
    @Path("/groups/{conversationId}/members")
    @Timed
    @ErrorCodes({})
    public ApiResponse<ConversationView> addMember(@Auth Caller caller, @PathParam("conversationId") String conversationId,
                                                   ChatRequests.AddMember body) {
        UUID id = PathIds.uuid(conversationId);
        ChatRequests.AddMember req = Objects.requireNonNullElse(body, ChatRequests.AddMember.EMPTY);
        return ApiResponse.ok("Member added", ConversationView.of(
                chat.addMember(caller, id, bodyId("userId", req.userId())), invites::view, online));
    }

    /** Removes a member (owner removes others; a member removes themselves). */
    @DELETE
    @Path("/groups/{conversationId}/members/{userId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> removeMember(@Auth Caller caller, @PathParam("conversationId") String conversationId,
                                          @PathParam("userId") String userId) {
        chat.removeMember(caller, PathIds.uuid(conversationId), PathIds.uuid(userId));
        return ApiResponse.ok("Member removed", null);
    }

    /** @throws ValidationFailed naming {@code field} when {@code raw} is missing or not a UUID */
    static UUID bodyId(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ValidationFailed(List.of(new FieldError(field, "is required")));
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (RuntimeException e) {
            throw new ValidationFailed(List.of(new FieldError(field, "must be a user id")));
        }
    }

    private static Optional<Long> parseSeq(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(raw.strip()));
        } catch (NumberFormatException e) {
            throw new ValidationFailed(List.of(new FieldError("afterSeq", "must be a whole number")));
        }
    }

    private static Optional<Role> parseRole(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Role.valueOf(raw.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new ValidationFailed(List.of(new FieldError("role", "is not a role")));
        }
    }
}
