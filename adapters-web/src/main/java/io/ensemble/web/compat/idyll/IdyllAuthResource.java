package io.ensemble.web.compat.idyll;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Credentials;
import io.ensemble.identity.LoginResult;
import io.ensemble.identity.Role;
import io.ensemble.identity.SignupCommand;
import io.ensemble.identity.SignupPolicy;
import io.ensemble.identity.User;
import io.ensemble.profiles.Profile;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.compat.CompatServices;
import io.ensemble.web.compat.idyll.IdyllAuthBodies.Done;
import io.ensemble.web.compat.idyll.IdyllAuthBodies.LoginBody;
import io.ensemble.web.compat.idyll.IdyllAuthBodies.MeBody;
import io.ensemble.web.compat.idyll.IdyllAuthBodies.RegisterBody;
import io.ensemble.web.compat.idyll.IdyllAuthBodies.SessionBody;
import io.ensemble.web.compat.idyll.IdyllAuthBodies.UserBody;
import io.ensemble.web.http.ClientAddress;
import io.ensemble.web.http.ErrorCodes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Seeds/003 §Authentication at {@code /api/auth/login|register|logout|me} (issue 22 §3) over the native
 * sign-up and session use cases, with the native auth rate limit. {@code register} creates an active
 * MEMBER account without an e-mail code step (the app logs straight in) and answers its first session.
 */
@Path("/api/auth")
@IdyllRoute
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class IdyllAuthResource {
    private final CompatServices services;

    /** @param services the native use cases */
    public IdyllAuthResource(CompatServices services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    /** Creates a member account and its first session: {@code {token, refreshToken, user}}; 409 when the e-mail is taken. */
    @POST
    @Path("/register")
    @Timed
    @ErrorCodes({"EMAIL_NOT_VERIFIED", "EMAIL_TAKEN", "INVALID_CREDENTIALS"})
    public SessionBody register(@Context HttpServletRequest http, RegisterBody body) {
        RegisterBody req = Objects.requireNonNullElse(body, RegisterBody.EMPTY);
        services.authLimits().acquire(ClientAddress.of(http), req.email());
        if (req.role() != null && !req.role().isBlank() && Role.parse(req.role()).filter(Role.MEMBER::equals).isEmpty()) {
            throw new ValidationFailed(List.of(new FieldError("role", "must be member (admins are created by admins)")));
        }
        // The app's registration screen is the acceptance of the terms (seeds/003 sends no such field).
        services.signups().signup(new SignupCommand(req.email(), req.password(), req.name(), Role.MEMBER, true),
                SignupPolicy.NO_CODE_STEP);
        LoginResult session = services.sessions().login(new Credentials(req.email(), req.password()),
                RequestOrigins.of(http));
        return SessionBody.of(session, avatar(session.user().id()));
    }

    /** Starts a session: {@code {token, refreshToken, user}}; 401 for wrong credentials. */
    @POST
    @Path("/login")
    @Timed
    @ErrorCodes({"EMAIL_NOT_VERIFIED", "INVALID_CREDENTIALS"})
    public SessionBody login(@Context HttpServletRequest http, LoginBody body) {
        LoginBody req = Objects.requireNonNullElse(body, LoginBody.EMPTY);
        services.authLimits().acquire(ClientAddress.of(http), req.email());
        LoginResult session = services.sessions().login(new Credentials(req.email(), req.password()),
                RequestOrigins.of(http));
        return SessionBody.of(session, avatar(session.user().id()));
    }

    /** Ends the caller's session (its refresh token and access tokens): {@code {success, message}}. */
    @POST
    @Path("/logout")
    @Timed
    @ErrorCodes({})
    public Done logout(@Auth Caller caller, @Context HttpServletRequest http) {
        services.sessions().logout(caller, RequestOrigins.of(http));
        return new Done(true, "Logged out");
    }

    /** The caller: {@code {user}}. */
    @GET
    @Path("/me")
    @Timed
    @ErrorCodes({})
    public MeBody me(@Auth Caller caller) {
        User user = services.sessions().me(caller);
        return new MeBody(UserBody.of(user, avatar(user.id())));
    }

    private String avatar(UUID userId) {
        return services.profiles().find(userId).map(Profile::avatarUrl).filter(s -> !s.isBlank()).orElse(null);
    }
}
