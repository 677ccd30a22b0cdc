package io.ensemble.web.compat.idyll;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.SendMessageCommand;
import io.ensemble.messaging.TeamChat;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.web.http.ErrorCodes;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Seeds/003 §Chat at {@code /api/chat/messages} (issue 22 §3): the team room's messages, through
 * {@link TeamChat} (the native send and history). Rows are {@link IdyllChatMessage}
 * ({@code {message, sender, timestamp}} beside their ids). MEMBER and ADMIN only (403 otherwise).
 */
@Path("/api/chat/messages")
@IdyllRoute
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class IdyllChatResource {
    private final TeamChat team;
    private final IdyllPeople people;

    /** @param team the team chat; @param people the senders' names, roles and avatars */
    public IdyllChatResource(TeamChat team, IdyllPeople people) {
        this.team = Objects.requireNonNull(team, "team");
        this.people = Objects.requireNonNull(people, "people");
    }

    /**
     * The latest {@code limit} messages (default 20, max 100), oldest first as a chat shows them:
     * {@code {messages, nextCursor, hasMore}}; {@code ?cursor=<nextCursor>} gets the ones before.
     */
    @GET
    @Timed
    @ErrorCodes({})
    public MessagesPage messages(@Auth Caller caller, @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, null);
        Page<Message> rows = team.messages(caller, Optional.ofNullable(cursor).filter(s -> !s.isBlank()), page.limit());
        List<IdyllChatMessage> bodies = new ArrayList<>(rows.items().stream()
                .map(m -> IdyllChatMessage.of(m, people)).toList());
        Collections.reverse(bodies);
        return new MessagesPage(bodies, rows.nextCursor().orElse(null), rows.nextCursor().isPresent());
    }

    /** Sends {@code {message, clientMessageId?}} to the team room: 201 with the stored message; 400 naming {@code content}. */
    @POST
    @Timed
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            content = @Content(schema = @Schema(implementation = IdyllChatMessage.class)))
    @ErrorCodes({})
    public Response send(@Auth Caller caller, SendBody body) {
        SendBody req = Objects.requireNonNullElse(body, SendBody.EMPTY);
        var sent = team.send(caller, SendMessageCommand.of(null, req.message(), null, req.clientMessageId()));
        return Response.status(Response.Status.CREATED).entity(IdyllChatMessage.of(sent.message(), people)).build();
    }

    /**
     * A message to send; {@code sender} is ignored (the token says who sends).
     *
     * @param message 1-10,000 characters
     * @param sender ignored
     * @param clientMessageId optional; a retry with the same one returns the stored message
     */
    public record SendBody(String message, Object sender, String clientMessageId) {
        static final SendBody EMPTY = new SendBody(null, null, null);
    }

    /**
     * A page of team messages.
     *
     * @param messages oldest first
     * @param nextCursor where the older ones start, or null
     * @param hasMore whether there are older ones
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record MessagesPage(List<IdyllChatMessage> messages, String nextCursor, boolean hasMore) {
    }
}
