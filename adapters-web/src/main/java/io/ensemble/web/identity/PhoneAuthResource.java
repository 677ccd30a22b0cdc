package io.ensemble.web.identity;

import com.codahale.metrics.annotation.Timed;
import io.ensemble.identity.PhoneSignIn;
import io.ensemble.identity.PhoneSignup;
import io.ensemble.web.audit.RequestOrigins;
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
import java.util.Objects;

/**
 * Sign-up and login by phone with a texted code (issue 23 §1): {@code signup} creates the account and texts a
 * code, {@code code} texts a login code, {@code verify} spends the code and answers the session. Numbers are
 * in international form; texts are limited per number, per client address and by country.
 */
@Path("/api/v1/auth/phone")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class PhoneAuthResource {
    private final PhoneSignIn phones;
    private final AuthRateLimits limits;
    private final long codeTtlSeconds;

    /** @param codeTtlSeconds the life of a code, answered to the client */
    public PhoneAuthResource(PhoneSignIn phones, AuthRateLimits limits, long codeTtlSeconds) {
        this.phones = phones;
        this.limits = limits;
        this.codeTtlSeconds = codeTtlSeconds;
    }

    /** Creates an account for {@code phone} with a self-assignable {@code role} and texts it a code; 201 {@code {phone, codeTtlSeconds}}. */
    @POST
    @Path("/signup")
    @Timed
    @Answers(value = PhoneCodeView.class, status = 201)
    @ErrorCodes({"PHONE_TAKEN"})
    public Response signup(@Context HttpServletRequest http, PhoneRequest body) {
        PhoneRequest req = Objects.requireNonNullElse(body, PhoneRequest.EMPTY);
        limits.acquire(ClientAddress.of(http), req.phone());
        String phone = phones.signup(new PhoneSignup(req.phone(), req.name(), SignupRoles.parse("role", req.role()),
                Boolean.TRUE.equals(req.termsAccepted())), RequestOrigins.of(http));
        return ApiResponse.created("Account created; a code was texted to the phone.",
                new PhoneCodeView(phone, codeTtlSeconds));
    }

    /** Texts a login code; the same answer whether or not the number has an account. */
    @POST
    @Path("/code")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PhoneCodeView> code(@Context HttpServletRequest http, PhoneRequest body) {
        PhoneRequest req = Objects.requireNonNullElse(body, PhoneRequest.EMPTY);
        limits.acquire(ClientAddress.of(http), req.phone());
        String phone = phones.requestCode(req.phone(), RequestOrigins.of(http));
        return ApiResponse.ok("If this number has an account, a code was texted to it.",
                new PhoneCodeView(phone, codeTtlSeconds));
    }

    /** Checks the texted 6-digit {@code code}, marks the phone verified and starts a session. */
    @POST
    @Path("/verify")
    @Timed
    @ErrorCodes({"INVALID_OTP", "OTP_EXPIRED", "OTP_LOCKED", "ACCOUNT_SUSPENDED"})
    public ApiResponse<SignInView> verify(@Context HttpServletRequest http, PhoneRequest body) {
        PhoneRequest req = Objects.requireNonNullElse(body, PhoneRequest.EMPTY);
        limits.acquire(ClientAddress.of(http), req.phone());
        return ApiResponse.ok("Logged in successfully",
                SignInView.of(phones.verify(req.phone(), req.code(), RequestOrigins.of(http))));
    }
}
