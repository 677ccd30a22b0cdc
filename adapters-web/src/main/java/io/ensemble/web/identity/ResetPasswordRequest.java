package io.ensemble.web.identity;

/** Body of {@code POST /api/v1/auth/reset-password}: the token from verify-forgot-otp and the new password. */
public record ResetPasswordRequest(String resetToken, String newPassword) {
    static final ResetPasswordRequest EMPTY = new ResetPasswordRequest(null, null);
}
