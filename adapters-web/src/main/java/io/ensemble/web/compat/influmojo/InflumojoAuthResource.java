package io.ensemble.web.compat.influmojo;

import com.codahale.metrics.annotation.Timed;
import io.ensemble.identity.AuthProvider;
import io.ensemble.identity.Credentials;
import io.ensemble.identity.LoginResult;
import io.ensemble.identity.PhoneSignup;
import io.ensemble.identity.Role;
import io.ensemble.identity.SignInFacts;
import io.ensemble.identity.SignupCommand;
import io.ensemble.identity.SignupPolicy;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.compat.CompatServices;
import io.ensemble.web.compat.influmojo.InflumojoAuthBodies.AuthAnswer;
import io.ensemble.web.compat.influmojo.InflumojoAuthBodies.Login;
import io.ensemble.web.compat.influmojo.InflumojoAuthBodies.Signup;
import io.ensemble.web.compat.influmojo.InflumojoAuthBodies.VerifyOtp;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ClientAddress;
import io.ensemble.web.http.ErrorCodes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Seeds/002 §Authentication Endpoints at {@code /auth} (issue 23 §6) over the native sign-up, session, phone
 * and Google use cases: an e-mail sign-up has no code step and answers its session at once; a phone sign-up
 * or login texts a code that {@code verify-otp} turns into a session; a Google ID token signs in or signs up.
 * {@code user_type} is creator or brand. The native auth rate limit applies.
 */
@Path("/auth")
@InflumojoRoute
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class InflumojoAuthResource {
    private static final Set<Role> USER_TYPES = Set.of(Role.CREATOR, Role.BRAND);
    private static final Map<String, String> SEED_FIELDS = Map.of("role", "user_type", "idToken", "id_token");
    private final CompatServices s;

    InflumojoAuthResource(CompatServices services) {
        this.s = Objects.requireNonNull(services, "services");
    }

    /** Signs up by e-mail (201 with the session), phone (201 {@code otp_sent}) or Google (201 with the session). */
    @POST
    @Path("/signup")
    @Timed
    @Answers(value = AuthAnswer.class, status = 201)
    @ErrorCodes({"EMAIL_TAKEN", "PHONE_TAKEN", "INVALID_ID_TOKEN", "EMAIL_NOT_VERIFIED", "PROVIDER_NOT_CONFIGURED",
        "INVALID_CREDENTIALS"})
    public Response signup(@Context HttpServletRequest http, Signup body) {
        Signup b = Objects.requireNonNullElse(body, Signup.EMPTY);
        RequestOrigin origin = RequestOrigins.of(http);
        s.authLimits().acquire(ClientAddress.of(http), key(b.email(), b.phone()));
        Role role = userType(b.userType());
        AuthAnswer answer = SeedFields.renamed(SEED_FIELDS, () -> {
            if (present(b.idToken())) {
                return AuthAnswer.session(s.federated().signIn(AuthProvider.GOOGLE, b.idToken(), role, origin));
            }
            if (present(b.phone()) && !present(b.email())) {
                return AuthAnswer.codeSent(s.phones().signup(new PhoneSignup(b.phone(), b.name(), role, true), origin));
            }
            s.signups().signup(new SignupCommand(b.email(), b.password(), b.name(), role, true), SignupPolicy.NO_CODE_STEP);
            return emailSession(s.sessions().login(new Credentials(b.email(), b.password()), origin), true);
        });
        return ApiResponse.created(answer.otpSent() != null ? "OTP sent" : "Account created", answer);
    }

    /** Logs in by e-mail and password, by phone (a code is texted; with {@code otp} it signs in) or by Google. */
    @POST
    @Path("/login")
    @Timed
    @ErrorCodes({"INVALID_CREDENTIALS", "EMAIL_NOT_VERIFIED", "INVALID_OTP", "OTP_EXPIRED", "OTP_LOCKED",
        "INVALID_ID_TOKEN", "ACCOUNT_SUSPENDED", "PROVIDER_NOT_CONFIGURED"})
    public ApiResponse<AuthAnswer> login(@Context HttpServletRequest http, Login body) {
        Login b = Objects.requireNonNullElse(body, Login.EMPTY);
        RequestOrigin origin = RequestOrigins.of(http);
        s.authLimits().acquire(ClientAddress.of(http), key(b.email(), b.phone()));
        AuthAnswer answer = SeedFields.renamed(SEED_FIELDS, () -> {
            if (present(b.idToken())) {
                return AuthAnswer.session(s.federated().signIn(AuthProvider.GOOGLE, b.idToken(), null, origin));
            }
            if (present(b.phone()) && !present(b.email())) {
                return present(b.otp()) ? AuthAnswer.session(s.phones().verify(b.phone(), b.otp(), origin))
                        : AuthAnswer.codeSent(s.phones().requestCode(b.phone(), origin));
            }
            return emailSession(s.sessions().login(new Credentials(b.email(), b.password()), origin), false);
        });
        return ApiResponse.ok(answer.otpSent() != null ? "OTP sent" : "Logged in successfully", answer);
    }

    /** Checks the texted code: the phone is verified and the session answered. */
    @POST
    @Path("/verify-otp")
    @Timed
    @ErrorCodes({"INVALID_OTP", "OTP_EXPIRED", "OTP_LOCKED", "ACCOUNT_SUSPENDED"})
    public ApiResponse<AuthAnswer> verifyOtp(@Context HttpServletRequest http, VerifyOtp body) {
        VerifyOtp b = Objects.requireNonNullElse(body, VerifyOtp.EMPTY);
        s.authLimits().acquire(ClientAddress.of(http), b.phone());
        AuthAnswer answer = SeedFields.renamed(Map.of("code", "otp"),
                () -> AuthAnswer.session(s.phones().verify(b.phone(), b.theCode(), RequestOrigins.of(http))));
        return ApiResponse.ok("OTP verified", answer);
    }

    private static AuthAnswer emailSession(LoginResult login, boolean created) {
        return AuthAnswer.session(login, new SignInFacts(Optional.empty(), false, AuthProvider.EMAIL), created);
    }

    private static Role userType(String value) {
        if (value == null || value.isBlank()) {
            return null; // the use case names user_type as required where an account is created
        }
        return Role.parse(value).filter(USER_TYPES::contains).orElseThrow(() -> new ValidationFailed(List.of(
                new FieldError("user_type", "must be creator or brand"))));
    }

    private static String key(String email, String phone) {
        return present(email) ? email : phone;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
