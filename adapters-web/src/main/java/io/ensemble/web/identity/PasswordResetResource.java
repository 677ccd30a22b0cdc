package io.ensemble.web.identity;

import com.codahale.metrics.annotation.Timed;
import io.ensemble.identity.CodeSubmission;
import io.ensemble.identity.EmailRequest;
import io.ensemble.identity.PasswordResetCommand;
import io.ensemble.identity.PasswordResetService;
import io.ensemble.identity.ResetToken;
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

/** Forgot-password routes (seeds/001 §Authentication). */
@Path("/api/v1/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class PasswordResetResource {
    private static final String SENT = "If this email has an account, a reset code was sent.";
    private final PasswordResetService resets;
    private final AuthRateLimits limits;

    public PasswordResetResource(PasswordResetService resets, AuthRateLimits limits) {
        this.resets = resets;
        this.limits = limits;
    }

    /**
     * Queues a reset code for the background mailer: the same answer, and the same work, whether or
     * not the email has an account (issue 28 §4).
     */
    @POST
    @Path("/forgot-password")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> forgotPassword(@Context HttpServletRequest http, EmailOnlyRequest body) {
        return requestReset(http, body);
    }

    /** Same as forgot-password, for the "send again" button. */
    @POST
    @Path("/resend-forgot-otp")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> resendForgotOtp(@Context HttpServletRequest http, EmailOnlyRequest body) {
        return requestReset(http, body);
    }

    /** Trades the mailed code for {@code {resetToken, expiresIn (s)}}. */
    @POST
    @Path("/verify-forgot-otp")
    @Timed
    @ErrorCodes({"INVALID_OTP", "OTP_EXPIRED", "OTP_LOCKED"})
    public ApiResponse<ResetToken> verifyForgotOtp(@Context HttpServletRequest http, OtpRequest body) {
        OtpRequest req = Objects.requireNonNullElse(body, OtpRequest.EMPTY);
        limits.acquire(ClientAddress.of(http), req.email());
        return ApiResponse.ok("Code verified; set a new password",
                resets.verifyResetCode(new CodeSubmission(req.email(), req.otp())));
    }

    /** Sets the new password and ends every session of the account. */
    @POST
    @Path("/reset-password")
    @Timed
    @ErrorCodes({"INVALID_RESET_TOKEN"})
    public ApiResponse<Void> resetPassword(@Context HttpServletRequest http, ResetPasswordRequest body) {
        ResetPasswordRequest req = Objects.requireNonNullElse(body, ResetPasswordRequest.EMPTY);
        limits.acquire(ClientAddress.of(http), null);
        resets.resetPassword(new PasswordResetCommand(req.resetToken(), req.newPassword()), RequestOrigins.of(http));
        return ApiResponse.ok("Password reset successfully; log in with the new password", null);
    }

    private ApiResponse<Void> requestReset(HttpServletRequest http, EmailOnlyRequest body) {
        EmailOnlyRequest req = Objects.requireNonNullElse(body, EmailOnlyRequest.EMPTY);
        limits.acquire(ClientAddress.of(http), req.email());
        resets.requestReset(new EmailRequest(req.email()));
        return ApiResponse.ok(SENT, null);
    }
}
