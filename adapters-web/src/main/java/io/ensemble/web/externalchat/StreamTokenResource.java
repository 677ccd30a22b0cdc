package io.ensemble.web.externalchat;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.externalchat.ExternalChatTokens;
import io.ensemble.identity.Caller;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * {@code GET /api/v1/chat/stream-token} (issue 23 §4, seeds/002 StreamChat): the caller's Stream Chat
 * credentials {@code {apiKey, userId, token}}, so a client written for Stream connects as the user it
 * signed in as; order channels are {@code messaging:order-<orderId>}. 503 {@code PROVIDER_NOT_CONFIGURED}
 * naming {@code STREAMCHAT_API_KEY} and {@code STREAMCHAT_API_SECRET} when Stream is off; 401 without a
 * session.
 */
@Path("/api/v1/chat/stream-token")
@Produces(MediaType.APPLICATION_JSON)
public final class StreamTokenResource {
    private final ExternalChatTokens tokens;

    public StreamTokenResource(ExternalChatTokens tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /** The caller's credentials for the hosted chat. */
    @GET
    @Timed
    @ErrorCodes({"PROVIDER_NOT_CONFIGURED"})
    public ApiResponse<StreamTokenView> token(@Auth Caller caller) {
        var issued = tokens.issue(caller);
        return ApiResponse.ok("Stream Chat token", new StreamTokenView(issued.apiKey(), issued.userId().toString(),
                issued.token()));
    }

    /**
     * @param apiKey the Stream app's public key
     * @param userId the caller's id, their Stream user id
     * @param token the Stream user token (HS256 JWT with {@code user_id})
     */
    public record StreamTokenView(String apiKey, String userId, String token) {
    }
}
