package io.ensemble.web.identity;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Credentials;
import io.ensemble.identity.SessionService;
import io.ensemble.identity.SignInFacts;
import io.ensemble.identity.User;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ClientAddress;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.ratelimit.AuthRateLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Login, refresh, logout and the current account (seeds/001 §Authentication, seeds/000 refresh body). */
@Path("/api/v1/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {
    private final SessionService sessions;
    private final AuthRateLimits limits;
    private final Function<UUID, Optional<SignInFacts>> signInFacts;

    /** @param signInFacts how an account signs in (phone, its verification, provider; issue 23), for {@code /me} */
    public SessionResource(SessionService sessions, AuthRateLimits limits,
                           Function<UUID, Optional<SignInFacts>> signInFacts) {
        this.sessions = sessions;
        this.limits = limits;
        this.signInFacts = signInFacts;
    }

    /**
     * Starts a session: {@code {accessToken, refreshToken, expiresIn (s), user}}. The attempt is
     * audited with the client address and request id, success or not.
     */
    @POST
    @Path("/login")
    @Timed
    @ErrorCodes({"EMAIL_NOT_VERIFIED", "INVALID_CREDENTIALS"})
    public ApiResponse<TokenView> login(@Context HttpServletRequest http, LoginRequest body) {
        LoginRequest req = Objects.requireNonNullElse(body, LoginRequest.EMPTY);
        limits.acquire(ClientAddress.of(http), req.email());
        var credentials = new Credentials(req.email(), req.password());
        return ApiResponse.ok("Logged in successfully",
                TokenView.of(sessions.login(credentials, RequestOrigins.of(http))));
    }

    /**
     * Rotates a refresh token: {@code {accessToken, refreshToken, expiresIn}}. The same token again
     * within the reuse grace gets the same new refresh token (issue 29 §8).
     */
    @POST
    @Path("/refresh")
    @Timed
    @ErrorCodes({"INVALID_REFRESH_TOKEN", "REFRESH_TOKEN_REUSED"})
    public ApiResponse<TokenView> refresh(RefreshRequest body) {
        RefreshRequest req = Objects.requireNonNullElse(body, RefreshRequest.EMPTY);
        return ApiResponse.ok("Token refreshed", TokenView.of(sessions.refresh(req.refreshToken())));
    }

    /** Ends the caller's session. */
    @POST
    @Path("/logout")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> logout(@Auth Caller caller, @Context HttpServletRequest http) {
        sessions.logout(caller, RequestOrigins.of(http));
        return ApiResponse.ok("Logged out successfully", null);
    }

    /** The caller's own account, with its phone, phone verification and auth provider. */
    @GET
    @Path("/me")
    @Timed
    @ErrorCodes({})
    public ApiResponse<UserView> me(@Auth Caller caller) {
        User user = sessions.me(caller);
        return ApiResponse.ok("Current user", signInFacts.apply(user.id()).map(f -> UserView.of(user, f))
                .orElseGet(() -> UserView.of(user)));
    }
}
