package io.ensemble.web.identity;

import com.codahale.metrics.annotation.Timed;
import io.ensemble.identity.CodeSubmission;
import io.ensemble.identity.EmailRequest;
import io.ensemble.identity.Role;
import io.ensemble.identity.SignupCommand;
import io.ensemble.identity.SignupResult;
import io.ensemble.identity.SignupService;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.http.Answers;
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
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Signup and email verification routes (seeds/001 §Authentication; issue 3 §3). */
@Path("/api/v1/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class SignupResource {
    private final SignupService signups;
    private final AuthRateLimits limits;

    public SignupResource(SignupService signups, AuthRateLimits limits) {
        this.signups = signups;
        this.limits = limits;
    }

    /** Creates an INFLUENCER account; 201 {@code {userId, email}}. */
    @POST
    @Path("/signup/influencer")
    @Timed
    @Answers(value = SignupView.class, status = 201)
    @ErrorCodes({"EMAIL_TAKEN"})
    public Response signupInfluencer(@Context HttpServletRequest http, SignupRequest body) {
        SignupRequest req = Objects.requireNonNullElse(body, SignupRequest.EMPTY);
        return create(http, req, req.name(), Role.INFLUENCER, "Influencer account created successfully");
    }

    /** Creates a SALON account named by {@code businessName} (or {@code name}); 201 {@code {userId, email}}. */
    @POST
    @Path("/signup/salon")
    @Timed
    @Answers(value = SignupView.class, status = 201)
    @ErrorCodes({"EMAIL_TAKEN"})
    public Response signupSalon(@Context HttpServletRequest http, SignupRequest body) {
        SignupRequest req = Objects.requireNonNullElse(body, SignupRequest.EMPTY);
        String name = req.businessName() != null ? req.businessName() : req.name();
        return create(http, req, name, Role.SALON, "Salon account created successfully");
    }

    /** Creates an account with a self-assignable {@code role}; ADMIN and AGENT are refused with 400. */
    @POST
    @Path("/signup")
    @Timed
    @Answers(value = SignupView.class, status = 201)
    @ErrorCodes({"EMAIL_TAKEN"})
    public Response signup(@Context HttpServletRequest http, SignupRequest body) {
        SignupRequest req = Objects.requireNonNullElse(body, SignupRequest.EMPTY);
        Role role = null;
        if (req.role() != null) {
            role = Role.parse(req.role()).orElseThrow(() -> new ValidationFailed(List.of(new FieldError("role",
                    "must be one of " + Arrays.stream(Role.values()).filter(Role::selfAssignable)
                            .map(Role::name).collect(Collectors.joining(", "))))));
        }
        return create(http, req, req.name(), role, "Account created successfully");
    }

    /** Verifies the email with the mailed 6-digit code. */
    @POST
    @Path("/verify-otp")
    @Timed
    @ErrorCodes({"ALREADY_VERIFIED", "INVALID_OTP", "OTP_EXPIRED", "OTP_LOCKED"})
    public ApiResponse<Map<String, Object>> verifyOtp(@Context HttpServletRequest http, OtpRequest body) {
        OtpRequest req = Objects.requireNonNullElse(body, OtpRequest.EMPTY);
        limits.acquire(ClientAddress.of(http), req.email());
        CodeSubmission submission = new CodeSubmission(req.email(), req.otp());
        signups.verifyEmail(submission);
        return ApiResponse.ok("Email verified successfully",
                Map.of("email", submission.email(), "emailVerified", true));
    }

    /** Mails a new verification code; the same answer whether or not the account exists. */
    @POST
    @Path("/resend-otp")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> resendOtp(@Context HttpServletRequest http, EmailOnlyRequest body) {
        EmailOnlyRequest req = Objects.requireNonNullElse(body, EmailOnlyRequest.EMPTY);
        limits.acquire(ClientAddress.of(http), req.email());
        signups.resendVerification(new EmailRequest(req.email()));
        return ApiResponse.ok("If this email has an unverified account, a new code was sent.", null);
    }

    private Response create(HttpServletRequest http, SignupRequest req, String name, Role role, String message) {
        limits.acquire(ClientAddress.of(http), req.email());
        SignupResult result = signups.signup(new SignupCommand(req.email(), req.password(), name, role,
                Boolean.TRUE.equals(req.termsAccepted())));
        return ApiResponse.created(message, new SignupView(result.userId().toString(), result.email()));
    }
}
