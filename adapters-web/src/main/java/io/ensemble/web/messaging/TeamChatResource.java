package io.ensemble.web.messaging;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.messaging.MessagingService;
import io.ensemble.messaging.SendMessageCommand;
import io.ensemble.messaging.TeamChat;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The agency's team chat (issue 22 §1, seeds/003 §Chat) at {@code /api/v1/agency/chat/messages}: the
 * one team room every active MEMBER and ADMIN belongs to, read and written through {@link TeamChat}
 * (so through the native send). Other roles get 403.
 */
@Path("/api/v1/agency/chat/messages")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class TeamChatResource {
    private final TeamChat team;

    /** @param team the team chat use cases */
    public TeamChatResource(TeamChat team) {
        this.team = Objects.requireNonNull(team, "team");
    }

    /** The newest messages first: {@code {items: [MessageView], nextCursor}} ({@code ?limit=&cursor=}). */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<MessageView>> messages(@Auth Caller caller, @QueryParam("limit") String limit,
                                                       @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, null);
        return ApiResponse.ok("Team messages", PageView.of(team.messages(caller,
                Optional.ofNullable(cursor).filter(s -> !s.isBlank()), page.limit()), MessageView::of));
    }

    /** Sends {@code {content, attachments?, clientMessageId?}}: 201 with the message, 200 for a retried clientMessageId. */
    @POST
    @Timed
    @Answers(value = MessageView.class, status = {201, 200})
    @ErrorCodes({})
    public Response send(@Auth Caller caller, TeamMessage body) {
        TeamMessage req = Objects.requireNonNullElse(body, TeamMessage.EMPTY);
        MessagingService.Sent sent = team.send(caller,
                SendMessageCommand.of(null, req.content(), req.attachments(), req.clientMessageId()));
        return Response.status(sent.created() ? 201 : 200)
                .entity(ApiResponse.ok(sent.created() ? "Message sent" : "Message already sent",
                        MessageView.of(sent.message())))
                .build();
    }

    /**
     * A team chat message to send.
     *
     * @param content 1-10,000 characters
     * @param attachments optional media ids
     * @param clientMessageId optional; a retry with the same one returns the stored message
     */
    public record TeamMessage(String content, List<String> attachments, String clientMessageId) {
        static final TeamMessage EMPTY = new TeamMessage(null, null, null);
    }
}
