package io.ensemble.web.messaging;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.messaging.ChatSearch;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Message search (issue 27 §Search): {@code GET /api/v1/chat/search?q=&conversationId=&from=&to=&limit=&cursor=}
 * over the caller's conversations, best match first: {@code {items: [SearchHitView], nextCursor}}.
 */
@Path("/api/v1/chat")
@Produces(MediaType.APPLICATION_JSON)
public final class ChatSearchResource {
    private final ChatSearch search;
    private final EventInvites invites;

    /** @param search the search use case; @param invites renders messages as the other chat routes do */
    public ChatSearchResource(ChatSearch search, EventInvites invites) {
        this.search = search;
        this.invites = invites;
    }

    /**
     * One page of hits. {@code q} (≤ 200 chars, web search syntax) is required; {@code from}/{@code to}
     * are ISO-8601 instants (inclusive); {@code conversationId} limits to one of the caller's conversations.
     */
    @GET
    @Path("/search")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<SearchHitView>> search(@Auth Caller caller, @QueryParam("q") String q,
                                                       @QueryParam("conversationId") String conversationId,
                                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                                       @QueryParam("limit") String limit,
                                                       @QueryParam("cursor") String cursor) {
        return ApiResponse.ok("Search results", PageView.of(search.search(caller, q, conversation(conversationId),
                from, to, PageRequest.of(limit, cursor)), hit -> SearchHitView.of(hit, invites::view)));
    }

    private static Optional<UUID> conversation(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new ValidationFailed(List.of(new FieldError("conversationId", "must be a conversation id (UUID)")));
        }
    }
}
