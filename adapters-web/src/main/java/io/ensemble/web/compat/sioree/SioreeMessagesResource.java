package io.ensemble.web.compat.sioree;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.messaging.ConversationSummary;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessageCursor;
import io.ensemble.messaging.Participant;
import io.ensemble.profiles.FindProfiles;
import io.ensemble.profiles.Profile;
import io.ensemble.messaging.MessagingService;
import io.ensemble.web.compat.sioree.SioreeAuthBodies.Done;
import io.ensemble.web.compat.sioree.SioreeChatBodies.ConversationBody;
import io.ensemble.web.compat.sioree.SioreeChatBodies.ConversationsPage;
import io.ensemble.web.compat.sioree.SioreeChatBodies.MessageBody;
import io.ensemble.web.compat.sioree.SioreeChatBodies.MessagesPage;
import io.ensemble.web.compat.sioree.SioreeChatBodies.OpenBody;
import io.ensemble.web.compat.sioree.SioreeChatBodies.SendBody;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Seeds/000 §Messaging Endpoints at their paths with bare bodies and page numbers, over the native
 * messaging use cases (the same membership checks: another user's conversation is 404).
 */
@Path("/api/messages")
@SioreeRoute
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class SioreeMessagesResource {
    private final MessagingService chat;
    private final FindProfiles profiles;
    private final SioreeChat sending;

    SioreeMessagesResource(MessagingService chat, FindProfiles profiles, SioreeChat sending) {
        this.chat = Objects.requireNonNull(chat, "chat");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.sending = Objects.requireNonNull(sending, "sending");
    }

    /** The caller's conversations, newest activity first: {@code {conversations, total, page, limit}} (limit 20). */
    @GET
    @Path("/conversations")
    @Timed
    @ErrorCodes({})
    public ConversationsPage conversations(@Auth Caller caller, @QueryParam("page") String page,
                                           @QueryParam("limit") String limit) {
        PageNumbers numbers = PageNumbers.parse(page, limit, 20);
        var slice = numbers.walk(request -> chat.conversations(caller, request));
        return new ConversationsPage(slice.items().stream().map(s -> conversation(s, caller.userId())).toList(),
                slice.total(), numbers.page(), numbers.limit());
    }

    /**
     * A page of a conversation's messages (page 1 the newest, each page in time order):
     * {@code {messages, hasMore}} (limit 50); 404 when the caller is not a member.
     */
    @GET
    @Path("/{conversationId}")
    @Timed
    @ErrorCodes({})
    public MessagesPage messages(@Auth Caller caller, @PathParam("conversationId") String conversationId,
                                 @QueryParam("page") String page, @QueryParam("limit") String limit) {
        PageNumbers numbers = PageNumbers.parse(page, limit, 50);
        ConversationSummary summary = chat.conversation(caller, PathIds.uuid(conversationId));
        long below = summary.conversation().lastSeq() + 1 - numbers.offset();
        if (below <= 1) {
            return new MessagesPage(List.of(), false);
        }
        var rows = chat.messages(caller, summary.conversation().id(),
                Optional.of(new MessageCursor(true, below).encode()), Optional.empty(), numbers.limit());
        List<MessageBody> bodies = new ArrayList<>();
        for (Message m : rows.items()) {
            if (!m.deleted()) {
                bodies.add(message(summary, m));
            }
        }
        Collections.reverse(bodies);
        return new MessagesPage(bodies, rows.nextCursor().isPresent());
    }

    /**
     * Sends a message to {@code receiverId} (or in {@code conversationId}): 201 with the message;
     * 400 naming the field, 404 for an unknown receiver, event or another's conversation.
     */
    @POST
    @Timed
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            content = @Content(schema = @Schema(implementation = MessageBody.class)))
    @ErrorCodes({"NOT_CONNECTED"})
    public Response send(@Auth Caller caller, SendBody body) {
        var sent = sending.send(caller, Objects.requireNonNullElse(body, SendBody.EMPTY));
        return Response.status(Response.Status.CREATED).entity(sent.body()).build();
    }

    /** Gets or starts the conversation with {@code userId}; 404 for an unknown user, 400 for oneself. */
    @POST
    @Path("/conversation")
    @Timed
    @ErrorCodes({"NOT_CONNECTED"})
    public ConversationBody open(@Auth Caller caller, OpenBody body) {
        OpenBody req = Objects.requireNonNullElse(body, OpenBody.EMPTY);
        if (req.userId() == null || req.userId().isBlank()) {
            throw new io.ensemble.shared.errors.ValidationFailed(List.of(
                    new io.ensemble.shared.errors.FieldError("userId", "is required")));
        }
        return conversation(chat.openDirect(caller, SioreeChat.id("userId", req.userId())), caller.userId());
    }

    /** Marks the whole conversation read for the caller: {@code {success: true}}; 404 for another's. */
    @POST
    @Path("/{conversationId}/read")
    @Timed
    @ErrorCodes({})
    public Done read(@Auth Caller caller, @PathParam("conversationId") String conversationId) {
        ConversationSummary summary = chat.conversation(caller, PathIds.uuid(conversationId));
        summary.lastMessage().ifPresent(last -> chat.markRead(caller, last.id()));
        return Done.OK;
    }

    private ConversationBody conversation(ConversationSummary s, UUID viewer) {
        Optional<String> avatar = SioreeChatBodies.other(s, viewer).flatMap(p -> profiles.find(p.userId()))
                .map(Profile::avatarUrl).filter(a -> !a.isBlank());
        return ConversationBody.of(s, viewer, avatar);
    }

    /** A message with its receiver (the member who did not send it) and whether they have read it. */
    private MessageBody message(ConversationSummary s, Message m) {
        Optional<Participant> reader = s.members().stream().filter(p -> !p.userId().equals(m.senderId())).findFirst();
        return MessageBody.of(m, reader.map(Participant::userId).orElse(null),
                reader.map(p -> p.lastReadSeq() >= m.seq()).orElse(false), sending.event(m));
    }
}
