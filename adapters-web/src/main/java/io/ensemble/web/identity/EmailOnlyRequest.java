package io.ensemble.web.identity;

/** Body of resend-otp, forgot-password and resend-forgot-otp: {@code {email}}. */
public record EmailOnlyRequest(String email) {
    static final EmailOnlyRequest EMPTY = new EmailOnlyRequest(null);
}
