package io.ensemble.web.compat.influmojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.ensemble.identity.LoginResult;
import io.ensemble.identity.PhoneSignIn;
import io.ensemble.identity.SignInFacts;
import io.ensemble.identity.SignedIn;
import io.ensemble.identity.User;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;

/** Request and answer bodies of seeds/002 §Authentication Endpoints in the Prisma spelling (issue 23 §6). */
final class InflumojoAuthBodies {
    private InflumojoAuthBodies() {
    }

    /**
     * {@code POST /auth/signup}: by e-mail ({@code email, password, name}), by phone ({@code phone, name}, a code
     * is texted) or by Google ({@code id_token}); {@code user_type} creator|brand always.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Signup(String email, String password, String name, String userType, String phone, String idToken)
            implements SeedBody {
        static final Signup EMPTY = new Signup(null, null, null, null, null, null);
    }

    /**
     * {@code POST /auth/login}: {@code email, password}; {@code phone} (texts a code) or {@code phone, otp}
     * (signs in); or Google's {@code id_token}.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Login(String email, String password, String phone, String otp, String idToken) implements SeedBody {
        static final Login EMPTY = new Login(null, null, null, null, null);
    }

    /** {@code POST /auth/verify-otp}: {@code phone, otp} ({@code code} is read too). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record VerifyOtp(String phone, String otp, String code) implements SeedBody {
        static final VerifyOtp EMPTY = new VerifyOtp(null, null, null);

        String theCode() {
            return otp != null ? otp : code;
        }
    }

    /**
     * The Prisma {@code User} fields of a session answer: {@code user_type} creator|brand|agent|admin,
     * {@code status} active|suspended, {@code auth_provider} email|phone|google|apple; {@code email} is null for
     * a phone-only account and {@code phone} null without one.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AuthUser(String id, String email, String userType, String name, String phone, boolean emailVerified,
                    boolean phoneVerified, String authProvider, String status, Instant createdAt) {
        static AuthUser of(User u, SignInFacts facts) {
            String email = u.email().endsWith("@" + PhoneSignIn.PLACEHOLDER_DOMAIN) ? null : u.email();
            return new AuthUser(u.id().toString(), email, u.role().name().toLowerCase(Locale.ROOT), u.name(),
                    facts.phone().orElse(null), u.emailVerified(), facts.phoneVerified(), facts.provider().wire(),
                    u.status().name().toLowerCase(Locale.ROOT), u.createdAt());
        }
    }

    /**
     * What the auth routes answer: a session ({@code token}, {@code refresh_token}, {@code expires_in} in seconds,
     * {@code user}, {@code is_new_user}) or, when a code was texted instead, {@code otp_sent} and the E.164
     * {@code phone}. Absent members are left out.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AuthAnswer(String token, String refreshToken, Long expiresIn, AuthUser user, Boolean isNewUser,
                      Boolean otpSent, @Schema(example = "+919876543210") String phone) {
        static AuthAnswer session(LoginResult r, SignInFacts facts, boolean created) {
            return new AuthAnswer(r.tokens().accessToken(), r.tokens().refreshToken(), r.tokens().expiresIn(),
                    AuthUser.of(r.user(), facts), created, null, null);
        }

        static AuthAnswer session(SignedIn s) {
            return session(s.login(), s.facts(), s.created());
        }

        static AuthAnswer codeSent(String phone) {
            return new AuthAnswer(null, null, null, null, null, true, phone);
        }
    }
}
