package io.ensemble.web.compat.sioree;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Credentials;
import io.ensemble.identity.Role;
import io.ensemble.identity.SignupCommand;
import io.ensemble.identity.User;
import io.ensemble.profiles.Profile;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.compat.CompatServices;
import io.ensemble.web.compat.sioree.SioreeAuthBodies.Done;
import io.ensemble.web.compat.sioree.SioreeAuthBodies.LoginBody;
import io.ensemble.web.compat.sioree.SioreeAuthBodies.MeBody;
import io.ensemble.web.compat.sioree.SioreeAuthBodies.RefreshBody;
import io.ensemble.web.compat.sioree.SioreeAuthBodies.SessionBody;
import io.ensemble.web.compat.sioree.SioreeAuthBodies.SignupBody;
import io.ensemble.web.compat.sioree.SioreeAuthBodies.TokensBody;
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
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Seeds/000 §Authentication Endpoints at their paths with bare bodies, over the native sign-up and
 * session use cases: sign-up follows {@link SioreeSettings#signup()} (no e-mail code step, so it
 * answers tokens at once), roles are lower case, the auth rate limit is the native one.
 */
@Path("/api/auth")
@SioreeRoute
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class SioreeAuthResource {
    private final CompatServices services;
    private final SioreeSettings settings;

    /** @param settings the profile's sign-up policy and roles */
    public SioreeAuthResource(CompatServices services, SioreeSettings settings) {
        this.services = Objects.requireNonNull(services, "services");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Creates the account and its first session: {@code {user, token, refreshToken}}; 409 when the email is taken. */
    @POST
    @Path("/signup")
    @Timed
    @ErrorCodes({"EMAIL_NOT_VERIFIED", "EMAIL_TAKEN", "INVALID_CREDENTIALS"})
    public SessionBody signup(@Context HttpServletRequest http, SignupBody body) {
        SignupBody req = Objects.requireNonNullElse(body, SignupBody.EMPTY);
        services.authLimits().acquire(ClientAddress.of(http), req.email());
        // The app's sign-up screen is its acceptance of the terms (seeds/000 sends no such field).
        services.signups().signup(new SignupCommand(req.email(), req.password(), req.name(), role(req.role()), true),
                settings.signup());
        return SessionBody.of(services.sessions().login(new Credentials(req.email(), req.password()),
                RequestOrigins.of(http)));
    }

    /** Starts a session: {@code {user, token, refreshToken}}; 401 for wrong credentials. */
    @POST
    @Path("/login")
    @Timed
    @ErrorCodes({"EMAIL_NOT_VERIFIED", "INVALID_CREDENTIALS"})
    public SessionBody login(@Context HttpServletRequest http, LoginBody body) {
        LoginBody req = Objects.requireNonNullElse(body, LoginBody.EMPTY);
        services.authLimits().acquire(ClientAddress.of(http), req.email());
        return SessionBody.of(services.sessions().login(new Credentials(req.email(), req.password()),
                RequestOrigins.of(http)));
    }

    /** Ends the caller's session: {@code {success: true}}. */
    @POST
    @Path("/logout")
    @Timed
    @ErrorCodes({})
    public Done logout(@Auth Caller caller, @Context HttpServletRequest http) {
        services.sessions().logout(caller, RequestOrigins.of(http));
        return Done.OK;
    }

    /** The caller: {@code {id, email, name, role, avatar, bio, location}} (location: city, region). */
    @GET
    @Path("/me")
    @Timed
    @ErrorCodes({})
    public MeBody me(@Auth Caller caller) {
        User user = services.sessions().me(caller);
        Optional<Profile> profile = services.profiles().find(user.id());
        String location = profile.map(p -> Stream.of(p.city(), p.region()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "))).filter(s -> !s.isEmpty()).orElse(null);
        return new MeBody(user.id().toString(), user.email(), user.name(), SioreeSettings.roleName(user.role()),
                profile.map(Profile::avatarUrl).filter(s -> !s.isBlank()).orElse(null),
                profile.map(Profile::bio).filter(s -> !s.isBlank()).orElse(null), location);
    }

    /** Rotates a refresh token: {@code {token, refreshToken}}; 401 for an unknown or reused one. */
    @POST
    @Path("/refresh")
    @Timed
    @ErrorCodes({"INVALID_REFRESH_TOKEN", "REFRESH_TOKEN_REUSED"})
    public TokensBody refresh(RefreshBody body) {
        RefreshBody req = Objects.requireNonNullElse(body, RefreshBody.EMPTY);
        return TokensBody.of(services.sessions().refresh(req.refreshToken()));
    }

    private Role role(String value) {
        if (value == null || value.isBlank()) {
            return null; // SignupCommand reports "role is required" with the other fields
        }
        return Role.parse(value).filter(settings.roles()::contains).orElseThrow(() -> new ValidationFailed(List.of(
                new FieldError("role", "must be one of " + settings.roles().stream().map(SioreeSettings::roleName)
                        .sorted().collect(Collectors.joining(", "))))));
    }
}
