package io.ensemble.web.identity;

import com.codahale.metrics.annotation.Timed;
import io.ensemble.identity.AuthProvider;
import io.ensemble.identity.FederatedSignIn;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ClientAddress;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.ratelimit.AuthRateLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * Sign-in with Google or Apple (issue 23 §2): the provider's ID token signs in the account with its
 * verified e-mail, or creates one when {@code role} is given.
 */
@Path("/api/v1/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class FederatedAuthResource {
    private final FederatedSignIn signIn;
    private final AuthRateLimits limits;

    public FederatedAuthResource(FederatedSignIn signIn, AuthRateLimits limits) {
        this.signIn = signIn;
        this.limits = limits;
    }

    /** {@code {idToken, role?}}: a Google ID token; answers the session. */
    @POST
    @Path("/google")
    @Timed
    @ErrorCodes({"INVALID_ID_TOKEN", "EMAIL_NOT_VERIFIED", "ACCOUNT_SUSPENDED", "EMAIL_TAKEN", "PROVIDER_NOT_CONFIGURED"})
    public ApiResponse<SignInView> google(@Context HttpServletRequest http, IdTokenRequest body) {
        IdTokenRequest req = Objects.requireNonNullElse(body, IdTokenRequest.EMPTY);
        return ApiResponse.ok("Logged in successfully", signIn(http, AuthProvider.GOOGLE, req.idToken(), req.role()));
    }

    /** {@code {identityToken, role?}}: an Apple identity token; answers the session. */
    @POST
    @Path("/apple")
    @Timed
    @ErrorCodes({"INVALID_ID_TOKEN", "EMAIL_NOT_VERIFIED", "ACCOUNT_SUSPENDED", "EMAIL_TAKEN", "PROVIDER_NOT_CONFIGURED"})
    public ApiResponse<SignInView> apple(@Context HttpServletRequest http, IdTokenRequest body) {
        IdTokenRequest req = Objects.requireNonNullElse(body, IdTokenRequest.EMPTY);
        return ApiResponse.ok("Logged in successfully",
                signIn(http, AuthProvider.APPLE, req.identityToken(), req.role()));
    }

    private SignInView signIn(HttpServletRequest http, AuthProvider provider, String token, String role) {
        limits.acquire(ClientAddress.of(http), provider.wire());
        return SignInView.of(signIn.signIn(provider, token, SignupRoles.parse("role", role), RequestOrigins.of(http)));
    }
}
